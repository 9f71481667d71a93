#!/bin/bash
# Runs once inside a throw-away container of the Debian base image; the
# container is then committed as the node image. Inputs are mounted at
# /podlife-build: files/ (overlay), bin/ (kubeadm, kubelet, kubectl),
# images.tar (every image the node needs, preloaded so nothing is pulled).
set -o errexit -o nounset -o pipefail
src=/podlife-build

cp -a "$src/files/." /
install -m 0755 "$src/bin/kubeadm" "$src/bin/kubelet" "$src/bin/kubectl" /usr/bin/
# kind's layout: /kind/version names the Kubernetes release of the node.
mkdir -p /kind /etc/kubernetes/manifests /etc/cni/net.d /opt/cni/bin /var/lib/kubelet
printf '%s' "$KUBERNETES_VERSION" > /kind/version
ln -sf /usr/lib/cni/* /opt/cni/bin/
sed -i "s#@PAUSE_IMAGE@#$PAUSE_IMAGE#" /etc/containerd/config.toml

# Only what a node needs starts at boot; consoles, udev and first-boot
# wizards make no sense in a container.
systemctl enable containerd.service kubelet.service
systemctl mask getty.target console-getty.service systemd-udevd.service \
  systemd-udev-trigger.service systemd-firstboot.service systemd-binfmt.service \
  systemd-modules-load.service sys-kernel-debug.mount sys-kernel-tracing.mount \
  systemd-networkd.service systemd-resolved.service >/dev/null 2>&1 || true
echo 'podlife-node' > /etc/hostname

# Load the images into containerd's content store without unpacking them:
# this container's root is overlayfs, where containerd cannot unpack, and the
# node unpacks on first use anyway. Pinned so the kubelet's image GC keeps them.
containerd >/tmp/containerd.log 2>&1 &
containerd_pid=$!
for _ in $(seq 1 50); do [[ -S /run/containerd/containerd.sock ]] && break; sleep 0.2; done
ctr --namespace k8s.io images import --no-unpack "$src/images.tar"
for image in $(ctr --namespace k8s.io images list -q); do
  ctr --namespace k8s.io images label "$image" io.cri-containerd.pinned=pinned >/dev/null
done
kill "$containerd_pid"
wait "$containerd_pid" || true
rm -rf /var/lib/containerd/io.containerd.snapshotter.v1.*/snapshots/* /tmp/* /etc/machine-id
