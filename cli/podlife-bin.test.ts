import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { podlife: string } }).bin.podlife;

// `npx podlife` and `npm link` run the package's bin as a program: the built file must be one.
describe('the podlife command', () => {
  it('is an executable file once built (npm ci builds it)', () => {
    expect(() => accessSync(join(root, bin), constants.X_OK), `${bin} is missing or not executable: run npm run build`).not.toThrow();
  });

  it('runs as a program', () => {
    const out = execFileSync(join(root, bin), ['--help'], { encoding: 'utf8' });
    expect(out).toMatch(/^Usage: podlife <command>/m);
  });
});
