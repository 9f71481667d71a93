import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { $ } from 'zx';
import { cacheKey, fileInput } from './cache-key.mjs';
import { imageLabel, retagged } from './docker-image.mjs';

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The few files every program expects to find, even in an image of one binary. */
function writeSkeleton(root) {
  for (const dir of ['etc', 'tmp', 'root', 'usr/local/bin', 'var/run']) mkdirSync(path.join(root, dir), { recursive: true });
  chmodSync(path.join(root, 'tmp'), 0o1777);
  writeFileSync(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
  writeFileSync(path.join(root, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
  writeFileSync(path.join(root, 'etc/nsswitch.conf'), 'hosts: files dns\n');
}

/**
 * Imports a directory as a single-layer image. The tar is made reproducible
 * (sorted, fixed owner and time) so unchanged content gives an unchanged layer.
 */
async function importDir(root, tag, changes) {
  const flags = changes.flatMap((c) => ['--change', c]);
  await $`tar -C ${root} --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -c .`
    .pipe($`docker import ${flags} - ${tag}`);
}

/** An image holding one static program on PATH, as kubeadm's static Pods expect. */
async function programImage(workDir, tag, binary, entrypoint) {
  const root = path.join(workDir, tag.replace(/[/:]/g, '_'));
  rmSync(root, { recursive: true, force: true });
  writeSkeleton(root);
  const target = entrypoint ? path.join(root, path.basename(binary)) : path.join(root, 'usr/local/bin', path.basename(binary));
  copyFileSync(binary, target);
  chmodSync(target, 0o755);
  const changes = [`ENV PATH=${PATH}`];
  if (entrypoint) changes.push(`ENTRYPOINT ["/${path.basename(binary)}"]`);
  await importDir(root, tag, changes);
  rmSync(root, { recursive: true, force: true });
}

/** busybox-static with every applet linked into /bin: the image scenario scripts run in. */
export async function buildWorkloadImage(options, busybox) {
  const key = cacheKey('workload-image', fileInput(busybox));
  if (!options.force && (await imageLabel(options.workloadImage, 'dev.podlife.build-key')) === key) return 'cached';
  const root = path.join(options.cacheDir, 'work', 'workload');
  rmSync(root, { recursive: true, force: true });
  writeSkeleton(root);
  mkdirSync(path.join(root, 'bin'), { recursive: true });
  copyFileSync(busybox, path.join(root, 'bin/busybox'));
  chmodSync(path.join(root, 'bin/busybox'), 0o755);
  const applets = (await $`${busybox} --list`).stdout.split('\n').filter((a) => a && a !== 'busybox');
  for (const applet of applets) symlinkSync('busybox', path.join(root, 'bin', applet));
  await retagged(options.workloadImage, () => importDir(root, options.workloadImage, [`ENV PATH=${PATH}`, 'CMD ["sh"]', `LABEL dev.podlife.build-key=${key}`]));
  rmSync(root, { recursive: true, force: true });
  return 'built';
}

/**
 * Makes the images a kubeadm control plane runs (tagged exactly as kubeadm
 * names them, so it never tries to pull) plus the workload image, and saves
 * them into one archive for the node's containerd.
 */
export async function saveNodeImages(options, { kubeadmImages, binaries, key }) {
  const archive = path.join(options.cacheDir, 'artifacts', `images-${key}.tar`);
  if (!options.force && existsSync(archive)) return { archive, note: 'cached' };
  const workDir = path.join(options.cacheDir, 'work', 'images');
  mkdirSync(workDir, { recursive: true });
  const tags = [];
  for (const [tag, binary, entrypoint] of kubeadmImages.map((tag) => [tag, ...programFor(tag, binaries)])) {
    await programImage(workDir, tag, binary, entrypoint);
    tags.push(tag);
  }
  const partial = `${archive}.partial`;
  await $`docker save -o ${partial} ${[...tags, options.workloadImage]}`;
  await $`mv ${partial} ${archive}`;
  // The host needs only the archive; the workload image stays for other uses.
  await $({ nothrow: true })`docker rmi ${tags}`.quiet();
  return { archive, note: 'built' };
}

/** Which built program an image named by kubeadm holds. */
function programFor(tag, binaries) {
  const name = tag.split('/').pop().split(':')[0];
  if (name === 'pause') return [binaries.pause, true];
  const binary = binaries[name];
  if (!binary) throw new Error(`no program for image ${tag}`);
  return [binary, false];
}
