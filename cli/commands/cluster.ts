import { spawn } from 'node:child_process';
import { copyFile, rm } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveClusterOptions } from '../../harness/backends/cluster/cluster-options.js';
import { createClusterProvider } from '../../harness/backends/cluster/create-cluster-provider.js';
import { sweepLeftovers } from '../../harness/backends/cluster/leftover-sweeper.js';
import type { CliCommand, CliIo } from '../cli-command.js';
import { ClusterUsageError } from './cluster-usage-error.js';
import { findNodeImageBuild } from './find-node-image-build.js';

const usage = `Usage: podlife cluster <image|up|down> [options]

A real single-node Kubernetes cluster (kubelet, containerd, runc, API server,
etcd, scheduler, controller manager) in a Docker container.

  podlife cluster image [--force] [--verbose]
      Build the offline node image: Kubernetes from Go modules, the rest from
      Debian packages, no container registry. Minutes the first time, then
      seconds (cached in ~/.cache/podlife).

  podlife cluster up [--provider local|kind] [--image IMAGE] [--kubeconfig-out PATH]
      Start a cluster, print its kubeconfig path, keep it running until
      Ctrl-C, then remove it. local: the offline image (default); kind: the
      kindest/node image from a registry.

  podlife cluster down [--all]
      Remove the containers, networks and volumes of podlife runs that
      crashed; with --all also those of running podlife processes.`;

function parse<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true });
  } catch (cause) {
    throw new ClusterUsageError((cause as Error).message, usage);
  }
}

async function image(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { force: { type: 'boolean' }, verbose: { type: 'boolean' } });
  const script = findNodeImageBuild();
  if (!script) throw new ClusterUsageError('node-image/build.mjs is not part of this installation; run it from a podlife checkout', usage);
  const child = spawn(process.execPath, [script, ...(values.force ? ['--force'] : []), ...(values.verbose ? ['--verbose'] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(io.stdout, { end: false });
  child.stderr.pipe(io.stderr, { end: false });
  const interrupt = () => child.kill('SIGINT');
  io.signal.addEventListener('abort', interrupt, { once: true });
  const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
  io.signal.removeEventListener('abort', interrupt);
  return code;
}

async function up(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {
    provider: { type: 'string' },
    image: { type: 'string' },
    'kubeconfig-out': { type: 'string' },
  });
  const provider = values.provider ?? 'local';
  if (provider !== 'local' && provider !== 'kind') {
    throw new ClusterUsageError(`--provider must be local or kind, got "${String(provider)}"`, usage);
  }
  const options = resolveClusterOptions({ provider, image: values.image });
  io.stderr.write(`starting a ${provider} cluster from ${options.image} ...\n`);
  const started = Date.now();
  const cluster = await createClusterProvider(options).start({ signal: io.signal });
  try {
    const out = values['kubeconfig-out'];
    if (out) await copyFile(cluster.kubeconfigPath, out);
    const kubeconfig = out ?? cluster.kubeconfigPath;
    io.stdout.write([
      `cluster ${cluster.context} (${provider}, Kubernetes ${cluster.info.kubernetesVersion}) Ready in ${((Date.now() - started) / 1000).toFixed(1)}s`,
      `kubeconfig: ${kubeconfig}`,
      `  export KUBECONFIG=${kubeconfig}; kubectl get nodes`,
      `  (no kubectl here? docker exec ${cluster.info.nodeName} kubectl get nodes)`,
      `workload image on the node: ${cluster.info.workloadImage}`,
      'Press Ctrl-C to stop and remove the cluster.',
      '',
    ].join('\n'));
    await untilAborted(io.signal);
    io.stderr.write('removing the cluster ...\n');
    if (out) await rm(out, { force: true });
  } finally {
    await cluster.stop();
  }
  io.stdout.write(`cluster ${cluster.context} removed\n`);
  return 0;
}

/** Waits for Ctrl-C; the timer keeps the process alive, as an abort listener alone does not. */
async function untilAborted(signal: AbortSignal): Promise<void> {
  const keepAlive = setInterval(() => undefined, 60_000);
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  clearInterval(keepAlive);
}

async function down(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { all: { type: 'boolean' } });
  const { removed, kept } = await sweepLeftovers(values.all ? 'all' : 'orphaned');
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const total = removed.containers.length + removed.networks.length + removed.volumes.length;
  io.stdout.write(total === 0
    ? 'nothing to remove\n'
    : `removed ${count(removed.containers.length, 'container')}, ${count(removed.networks.length, 'network')}, ${count(removed.volumes.length, 'volume')}\n`);
  if (kept > 0) io.stdout.write(`kept ${count(kept, 'resource')} of running podlife processes (--all removes them too)\n`);
  return 0;
}

const SUBCOMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = { image, up, down };

export const clusterCommand: CliCommand = {
  name: 'cluster',
  summary: 'build the offline node image; start or clean up a real single-node cluster',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const handler = sub === undefined ? undefined : SUBCOMMANDS[sub];
    if (!handler) throw new ClusterUsageError(sub === undefined ? 'missing subcommand' : `unknown subcommand "${sub}"`, usage);
    return handler(rest, io);
  },
};
