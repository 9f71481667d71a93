import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A kubeconfig written to a private temporary directory, removed with the cluster. */
export interface KubeconfigFile {
  path: string;
  remove(): Promise<void>;
}

export async function writeKubeconfigFile(content: string, name: string): Promise<KubeconfigFile> {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  const path = join(dir, 'kubeconfig');
  // It holds the cluster's admin credentials.
  await writeFile(path, content, { mode: 0o600 });
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
