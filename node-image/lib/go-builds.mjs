import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { $ } from 'zx';
import { cacheKey, fileInput } from './cache-key.mjs';
import { nodeImageDir } from './build-options.mjs';

/** The Kubernetes programs the node runs: kubeadm bootstraps, the rest are the cluster. */
export const kubernetesCommands = [
  'kubeadm', 'kubelet', 'kubectl', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler',
];

const goEnv = (options) => ({
  ...process.env,
  CGO_ENABLED: '0',
  GOCACHE: path.join(options.goCacheDir, 'cache'),
  GOMODCACHE: path.join(options.goCacheDir, 'mod'),
  // Lets `rm -rf ~/.cache/podlife` work: module cache files are read-only otherwise.
  GOFLAGS: '-modcacherw',
});

/** Builds into a fresh directory and marks it complete last, so an interrupted build is redone. */
async function cachedBuild(options, name, key, build) {
  const outDir = path.join(options.cacheDir, 'artifacts', `${name}-${key}`);
  const done = path.join(outDir, '.complete');
  if (!options.force && existsSync(done)) return { outDir, note: 'cached' };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build(outDir);
  writeFileSync(done, `${new Date().toISOString()}\n`);
  return { outDir, note: 'built' };
}

/**
 * A throw-away main module that requires `module@version`. When the required
 * module keeps its own modules in a monorepo (Kubernetes' staging repos), the
 * `replace` lines it carries only apply to itself, so they are repeated here
 * pointing at the published versions.
 */
async function prepareModule(options, name, module, version, replaces, packages) {
  const dir = path.join(options.goCacheDir, 'modules', `${name}-${version}`);
  if (existsSync(path.join(dir, 'go.sum'))) return dir;
  mkdirSync(dir, { recursive: true });
  const replaceBlock = replaces.length
    ? `\nreplace (\n${replaces.map(([from, to]) => `\t${from} => ${to}`).join('\n')}\n)\n`
    : '';
  writeFileSync(path.join(dir, 'go.mod'), `module podlife.local/node-image/${name}\n\ngo 1.24\n\nrequire ${module} ${version}\n${replaceBlock}`);
  await $({ cwd: dir, env: goEnv(options) })`go get ${packages.map((p) => `${p}@${version}`)}`;
  return dir;
}

/** Reads the `replace k8s.io/x => ./staging/...` lines of k8s.io/kubernetes' own go.mod. */
async function stagingReplaces(options, version) {
  const modFile = (await $({ env: goEnv(options) })`go mod download -json k8s.io/kubernetes@${version}`).json().GoMod;
  const text = (await $`cat ${modFile}`).stdout;
  const stagingVersion = version.replace(/^v1\./, 'v0.');
  return [...text.matchAll(/^\s*(k8s\.io\/\S+)\s+=>\s+\.\/staging\//gm)].map(([, m]) => [m, `${m} ${stagingVersion}`]);
}

export async function buildKubernetes(options) {
  const goVersion = (await $`go env GOVERSION`).stdout.trim();
  const version = options.kubernetesVersion;
  const [, major, minor] = /^v(\d+)\.(\d+)\./.exec(version) ?? [];
  const key = cacheKey(version, goVersion, kubernetesCommands);
  return cachedBuild(options, 'kubernetes', key, async (outDir) => {
    const packages = kubernetesCommands.map((c) => `k8s.io/kubernetes/cmd/${c}`);
    const dir = await prepareModule(options, 'kubernetes', 'k8s.io/kubernetes', version,
      await stagingReplaces(options, version), packages);
    // kubeadm compares these against the control plane's version, so they must be the release's.
    const stamp = (pkg) => [
      `-X ${pkg}.gitVersion=${version}`, `-X ${pkg}.gitMajor=${major}`, `-X ${pkg}.gitMinor=${minor}`,
      `-X ${pkg}.gitTreeState=clean`, `-X ${pkg}.buildDate=1970-01-01T00:00:00Z`,
    ];
    const ldflags = ['-s', '-w', ...stamp('k8s.io/component-base/version'), ...stamp('k8s.io/client-go/pkg/version')].join(' ');
    await $({ cwd: dir, env: goEnv(options) })`go build -trimpath -ldflags ${ldflags} -o ${outDir}/ ${packages}`;
  });
}

/** etcd at the version this kubeadm release deploys (read from the built kubeadm). */
export async function buildEtcd(options, etcdVersion) {
  const goVersion = (await $`go env GOVERSION`).stdout.trim();
  const key = cacheKey(etcdVersion, goVersion);
  return cachedBuild(options, 'etcd', key, async (outDir) => {
    const dir = await prepareModule(options, 'etcd', 'go.etcd.io/etcd/server/v3', etcdVersion, [], ['go.etcd.io/etcd/server/v3']);
    await $({ cwd: dir, env: goEnv(options) })`go build -trimpath -ldflags=${'-s -w'} -o ${outDir}/etcd go.etcd.io/etcd/server/v3`;
  });
}

/** The pod sandbox program, from this repository's own source. */
export async function buildPause(options) {
  const source = path.join(nodeImageDir, 'pause');
  const goVersion = (await $`go env GOVERSION`).stdout.trim();
  const key = cacheKey(goVersion, fileInput(source));
  return cachedBuild(options, 'pause', key, async (outDir) => {
    await $({ cwd: source, env: goEnv(options) })`go build -trimpath -ldflags=${'-s -w'} -o ${outDir}/pause .`;
  });
}

export const listArtifacts = (dir) => readdirSync(dir).filter((f) => !f.startsWith('.'));
