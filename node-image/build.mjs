#!/usr/bin/env node
// Builds the offline Kubernetes node image: Kubernetes from Go modules, a
// Debian root filesystem, preloaded control-plane, pause and workload images.
// Every step is cached under ~/.cache/podlife; a second run takes seconds.
import path from 'node:path';
import process from 'node:process';
import { $, ProcessOutput } from 'zx';
import { resolveBuildOptions } from './lib/build-options.mjs';
import { ensureDebootstrap, ensureDocker, ensureGo } from './lib/host-tools.mjs';
import { buildEtcd, buildKubernetes, buildPause } from './lib/go-builds.mjs';
import { buildBaseRootfs } from './lib/base-rootfs.mjs';
import { buildWorkloadImage, saveNodeImages } from './lib/static-images.mjs';
import { assembleNodeImage } from './lib/node-image.mjs';
import { cacheKey } from './lib/cache-key.mjs';
import { BuildError, step } from './lib/step.mjs';

const usage = `Usage: node node-image/build.mjs [--force] [--verbose]

Builds the podlife node image (a single-node Kubernetes cluster in a container)
without any container registry. Needs root (or a running Docker), Go >= 1.21
and network access to the Go module proxy and a Debian mirror.

  --force     rebuild every step, ignoring the cache
  --verbose   show every command and its output

Environment: PODLIFE_CACHE_DIR (default ~/.cache/podlife), PODLIFE_K8S_VERSION,
PODLIFE_DEBIAN_MIRROR, PODLIFE_NODE_IMAGE.`;

// Images kubeadm would deploy that podlife's clusters skip: Service routing
// and cluster DNS play no part in the Pod lifecycle.
const skippedAddons = /\/(kube-proxy|coredns\/coredns):/;

async function main(argv) {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => !['--force', '--verbose'].includes(a));
  if (unknown.length) throw new BuildError(`unknown argument ${unknown[0]}\n\n${usage}`);
  const options = resolveBuildOptions(argv);
  $.verbose = options.verbose;
  $.quiet = !options.verbose;
  const started = Date.now();

  await step('Docker engine', () => ensureDocker(options.cacheDir));
  await step('debootstrap', ensureDebootstrap);
  await step('Go toolchain', ensureGo);
  const kubernetes = await step(`Kubernetes ${options.kubernetesVersion} from Go modules (first time: minutes)`, () => buildKubernetes(options));
  const kubeadmImages = (await $`${kubernetes.outDir}/kubeadm config images list --kubernetes-version ${options.kubernetesVersion}`)
    .stdout.split('\n').filter((line) => line && !skippedAddons.test(line));
  const etcdImage = kubeadmImages.find((i) => i.includes('/etcd:'));
  const pauseImage = kubeadmImages.find((i) => i.includes('/pause:'));
  if (!etcdImage || !pauseImage) throw new BuildError(`kubeadm named no etcd or pause image: ${kubeadmImages.join(', ')}`);
  const etcdVersion = `v${etcdImage.split(':').pop().replace(/-\d+$/, '')}`;
  const etcd = await step(`etcd ${etcdVersion} from Go modules`, () => buildEtcd(options, etcdVersion));
  const pause = await step('pause', () => buildPause(options));
  const base = await step(`Debian ${options.debianSuite} root filesystem`, () => buildBaseRootfs(options));
  await step(`workload image ${options.workloadImage}`, () => buildWorkloadImage(options, base.busybox));
  const binaries = {
    'kube-apiserver': `${kubernetes.outDir}/kube-apiserver`,
    'kube-controller-manager': `${kubernetes.outDir}/kube-controller-manager`,
    'kube-scheduler': `${kubernetes.outDir}/kube-scheduler`,
    etcd: `${etcd.outDir}/etcd`,
    pause: `${pause.outDir}/pause`,
  };
  const imagesKey = cacheKey(kubeadmImages, [kubernetes, etcd, pause, base].map((a) => path.basename(a.outDir ?? a.busybox)), options.workloadImage);
  const images = await step('images preloaded into the node', () => saveNodeImages(options, { kubeadmImages, binaries, key: imagesKey }));
  await step(`node image ${options.nodeImage}`, () => assembleNodeImage(options, {
    baseTag: base.tag, kubernetesDir: kubernetes.outDir, imagesArchive: images.archive, pauseImage,
  }));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`\nnode image ${options.nodeImage} and workload image ${options.workloadImage} ready in ${seconds}s\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    if (error instanceof BuildError) {
      process.stderr.write(`node image build failed: ${error.message}\n`);
    } else if (error instanceof ProcessOutput) {
      process.stderr.write(`node image build failed: a command exited with ${error.exitCode}\n${error.stderr.trim().split('\n').slice(-30).join('\n')}\n(run again with --verbose to see every command)\n`);
    } else {
      process.stderr.write(`node image build failed: ${error?.stack ?? error}\n`);
    }
    process.exitCode = 1;
  },
);
