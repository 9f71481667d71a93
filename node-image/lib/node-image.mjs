import path from 'node:path';
import { $ } from 'zx';
import { cacheKey, fileInput } from './cache-key.mjs';
import { nodeImageDir } from './build-options.mjs';
import { imageLabel, retagged } from './docker-image.mjs';

export const BUILD_KEY_LABEL = 'dev.podlife.build-key';

/**
 * Installs the node's files, programs and preloaded images into a container of
 * the base image and commits it, the way kind's node images are made (docker
 * run + commit), so no Dockerfile builder or registry is involved.
 */
export async function assembleNodeImage(options, { baseTag, kubernetesDir, imagesArchive, pauseImage }) {
  const files = path.join(nodeImageDir, 'files');
  const setup = path.join(nodeImageDir, 'setup', 'install-node.sh');
  // Artifact names carry their own content keys; their directory (the cache's
  // location) must not change the result.
  const key = cacheKey(baseTag, path.basename(kubernetesDir), path.basename(imagesArchive), pauseImage,
    options.kubernetesVersion, fileInput(files), fileInput(setup));
  if (!options.force && (await imageLabel(options.nodeImage, BUILD_KEY_LABEL)) === key) return 'cached';

  const builder = `podlife-node-build-${key}`;
  await $({ nothrow: true })`docker rm -f ${builder}`.quiet();
  try {
    const args = [
      '--name', builder, '--tmpfs', '/run', '--tmpfs', '/tmp',
      '--label', 'dev.podlife.owner=podlife', '--label', 'dev.podlife.role=image-build',
      '-e', `KUBERNETES_VERSION=${options.kubernetesVersion}`, '-e', `PAUSE_IMAGE=${pauseImage}`,
      '-v', `${files}:/podlife-build/files:ro`, '-v', `${kubernetesDir}:/podlife-build/bin:ro`,
      '-v', `${imagesArchive}:/podlife-build/images.tar:ro`, '-v', `${setup}:/podlife-build/install-node.sh:ro`,
      '--entrypoint', '/bin/bash', baseTag, '/podlife-build/install-node.sh',
    ];
    await $`docker run ${args}`;
    const changes = [
      'ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]',
      // systemd detects the container from this; the providers set its stop
      // signal (SIGRTMIN+3) because `docker commit` cannot.
      'ENV container=docker',
      `LABEL ${BUILD_KEY_LABEL}=${key}`,
      `LABEL dev.podlife.kubernetes-version=${options.kubernetesVersion}`,
    ].flatMap((c) => ['--change', c]);
    await retagged(options.nodeImage, () => $`docker commit ${changes} ${builder} ${options.nodeImage}`.quiet());
  } finally {
    await $({ nothrow: true })`docker rm -f ${builder}`.quiet();
  }
  return 'built';
}
