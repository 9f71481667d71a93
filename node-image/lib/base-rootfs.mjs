import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { $ } from 'zx';
import { cacheKey } from './cache-key.mjs';
import { imageExists, retagged } from './docker-image.mjs';

/**
 * What the node runs besides Kubernetes itself, all from Debian: systemd as
 * PID 1 (as in kind's node image), containerd and runc, the CNI plugins, the
 * networking tools kubelet and kubeadm call, and busybox-static, which also
 * becomes the workload image.
 */
export const nodePackages = [
  'systemd', 'systemd-sysv', 'dbus',
  'containerd', 'runc', 'containernetworking-plugins',
  'iptables', 'conntrack', 'ebtables', 'ethtool', 'socat', 'iproute2', 'kmod',
  'procps', 'ca-certificates', 'mount', 'util-linux', 'busybox-static',
];

/**
 * Debootstraps the node's root filesystem and imports it as a base image.
 * Returns the base image tag and the path of the static busybox taken from it.
 */
export async function buildBaseRootfs(options) {
  const key = cacheKey(options.debianSuite, options.debianMirror, nodePackages);
  const tag = `podlife.local/node-base:${key}`;
  const busybox = path.join(options.cacheDir, 'artifacts', `busybox-${key}`);
  if (!options.force && existsSync(busybox) && (await imageExists(tag))) {
    return { tag, busybox, note: 'cached' };
  }
  const rootfs = path.join(options.cacheDir, 'work', `rootfs-${key}`);
  rmSync(rootfs, { recursive: true, force: true });
  mkdirSync(rootfs, { recursive: true });
  await $`debootstrap --variant=minbase --components=main --include=${nodePackages.join(',')} ${options.debianSuite} ${rootfs} ${options.debianMirror}`;
  // Package caches and docs only make every node start copy more bytes.
  await $`rm -rf ${rootfs}/var/cache/apt/archives/*.deb ${rootfs}/var/lib/apt/lists ${rootfs}/usr/share/doc ${rootfs}/usr/share/man`;
  mkdirSync(path.dirname(busybox), { recursive: true });
  copyFileSync(path.join(rootfs, 'bin', 'busybox'), busybox);
  await retagged(tag, () => $`tar -C ${rootfs} --numeric-owner -c .`.pipe($`docker import - ${tag}`));
  rmSync(rootfs, { recursive: true, force: true });
  return { tag, busybox, note: 'built' };
}
