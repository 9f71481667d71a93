import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HarnessError } from '../../harness/errors/harness-error.js';
import { clusterCommand } from './cluster.js';
import { findNodeImageBuild } from './find-node-image-build.js';

const io = () => ({ stdout: new PassThrough(), stderr: new PassThrough(), signal: new AbortController().signal });

async function usageError(argv: string[]): Promise<HarnessError> {
  const error = await clusterCommand.run(argv, io()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HarnessError);
  expect((error as HarnessError).code).toBe('USAGE');
  return error as HarnessError;
}

describe('podlife cluster', () => {
  it('names a missing or unknown subcommand and shows the usage', async () => {
    expect((await usageError([])).message).toMatch(/missing subcommand[\s\S]*Usage: podlife cluster/);
    expect((await usageError(['start'])).message).toMatch(/unknown subcommand "start"/);
  });

  it('rejects unknown options and providers before touching Docker', async () => {
    expect((await usageError(['down', '--everything'])).message).toMatch(/--everything/);
    expect((await usageError(['up', '--provider', 'minikube'])).message).toMatch(/--provider must be local or kind, got "minikube"/);
  });

  it('finds the node image build from the sources', () => {
    const script = findNodeImageBuild();
    expect(script).toMatch(/node-image\/build\.mjs$/);
    expect(existsSync(script ?? '')).toBe(true);
    expect(findNodeImageBuild('/')).toBeUndefined();
  });
});
