import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveClusterOptions } from '../harness/backends/cluster/cluster-options.js';
import { createClusterProvider } from '../harness/backends/cluster/create-cluster-provider.js';
import { findNodeImageBuild } from '../cli/commands/find-node-image-build.js';

/**
 * Start-up cost of the local cluster. Run: npm run bench:cluster [-- --cold-build] [-- --starts N]
 *   cold build   node image from nothing: an empty cache (Go modules, Go build cache,
 *                Debian packages) and every step forced; minutes, opt-in with --cold-build
 *   warm build   the same command with the cache in place, nothing changed
 *   cold start   the first cluster start after that build, in a fresh process
 *   warm start   the following starts (target: Ready in under 60 s)
 * Every start is measured from provider.start() to a Ready node whose API accepts Pods.
 */
const args = process.argv.slice(2);
const coldBuild = args.includes('--cold-build');
const starts = Number(args[args.indexOf('--starts') + 1] ?? 3) || 3;
const script = findNodeImageBuild();
if (!script) throw new Error('node-image/build.mjs not found');

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function build(env: NodeJS.ProcessEnv, extra: string[]): number {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script!, ...extra], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`node image build failed (exit ${result.status})`);
  return Date.now() - started;
}

if (coldBuild) {
  const cache = mkdtempSync(join(tmpdir(), 'podlife-cold-cache-'));
  try {
    console.log(`cold build:  ${seconds(build({ ...process.env, PODLIFE_CACHE_DIR: cache }, ['--force']))} (empty cache, every step forced)`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
console.log(`warm build:  ${seconds(build(process.env, []))} (cache in place, nothing changed)`);

const provider = createClusterProvider(resolveClusterOptions({ provider: 'local' }));
const times: number[] = [];
for (let i = 0; i <= starts; i++) {
  const started = Date.now();
  const cluster = await provider.start();
  const ready = Date.now() - started;
  const stopStarted = Date.now();
  await cluster.stop();
  const label = i === 0 ? 'cold start: ' : `warm start ${i}:`;
  console.log(`${label} ${seconds(ready)} to Ready (Kubernetes ${cluster.info.kubernetesVersion}); stop and clean-up ${seconds(Date.now() - stopStarted)}`);
  if (i > 0) times.push(ready);
}
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`warm start mean over ${times.length}: ${seconds(mean)}; target < 60 s: ${mean < 60_000 ? 'met' : 'NOT met'}`);
