import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { readFileSync } from 'node:fs';

const here = path.dirname(new URL(import.meta.url).pathname);
/** The node-image/ directory: every input of the build lives under it. */
export const nodeImageDir = path.resolve(here, '..');

/**
 * Every knob of the build in one place. Defaults come from versions.json (shared
 * with the cluster providers); environment variables override them so that CI and
 * people can try another release without editing files.
 */
export function resolveBuildOptions(argv = process.argv.slice(2), env = process.env) {
  const versions = JSON.parse(readFileSync(path.join(nodeImageDir, 'versions.json'), 'utf8'));
  const cacheRoot = env.PODLIFE_CACHE_DIR
    ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'podlife');
  const kubernetesVersion = env.PODLIFE_K8S_VERSION ?? versions.kubernetes;
  return {
    kubernetesVersion,
    debianSuite: env.PODLIFE_DEBIAN_SUITE ?? versions.debianSuite,
    debianMirror: env.PODLIFE_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian',
    nodeImage: env.PODLIFE_NODE_IMAGE
      ?? (kubernetesVersion === versions.kubernetes ? versions.nodeImage : `podlife.local/node:${kubernetesVersion}`),
    workloadImage: versions.workloadImage,
    cacheDir: path.join(cacheRoot, 'node-image'),
    goCacheDir: path.join(cacheRoot, 'go'),
    force: argv.includes('--force'),
    verbose: argv.includes('--verbose'),
  };
}
