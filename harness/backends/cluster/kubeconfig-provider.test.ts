import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { KubeconfigError } from './kubeconfig-error.js';
import { KubeconfigProvider } from './kubeconfig-provider.js';
import { NodeActionsUnavailableError } from './node-actions-unavailable-error.js';
import { UnavailableNodeHandle } from './unavailable-node-handle.js';

function kubeconfigFile(server: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'podlife-test-')), 'config');
  onTestFinished(() => rmSync(dirname(path), { recursive: true, force: true }));
  writeFileSync(path, `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "${server}"}}]
users: [{name: u, user: {token: t}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
`);
  return path;
}

const start = (kubeconfigPath: string | undefined, context?: string) =>
  new KubeconfigProvider({ kubeconfigPath, context, workloadImage: 'busybox:1.37' }).start();

describe('KubeconfigProvider', () => {
  it('says which file is missing', async () => {
    await expect(start('/nonexistent/kubeconfig')).rejects.toThrow(new KubeconfigError('kubeconfig /nonexistent/kubeconfig does not exist'));
  });

  it('lists the contexts when the one asked for is absent', async () => {
    await expect(start(kubeconfigFile('https://127.0.0.1:1'), 'other')).rejects.toThrow(/no context "other" \(contexts: ctx\)/);
  });

  it('says when the API server does not answer', async () => {
    const error = await start(kubeconfigFile('https://127.0.0.1:1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeconfigError);
    expect((error as KubeconfigError).message).toMatch(/context "ctx" \(https:\/\/127\.0\.0\.1:1\) does not answer/);
  });
});

describe('UnavailableNodeHandle', () => {
  it('refuses every node-level action with the reason', async () => {
    const node = new UnavailableNodeHandle('not our node');
    expect(node.available).toBe(false);
    await expect(node.stopKubelet()).rejects.toThrow(new NodeActionsUnavailableError('stop the kubelet', 'not our node'));
    await expect(node.exec(['uptime'])).rejects.toThrow(/cannot run `uptime` on the node: not our node/);
  });
});
