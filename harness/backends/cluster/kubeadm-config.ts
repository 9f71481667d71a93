import { stringify } from 'yaml';

export interface KubeadmConfigInput {
  kubernetesVersion: string;
  nodeName: string;
  /** The node container's address on its Docker network. */
  nodeIp: string;
  /** Extra names the API server certificate must cover (where the host reaches it). */
  apiServerSans: readonly string[];
  podSubnet: string;
  serviceSubnet: string;
}

/** kubeadm phases podlife skips: preflight (checks a host, not a container) and the Service/DNS add-ons. */
export const SKIPPED_PHASES = ['preflight', 'addon/coredns', 'addon/kube-proxy'] as const;

/**
 * The kubeadm configuration for a single-node cluster in a container, the
 * same for the offline image and kindest/node (both follow kind's layout).
 * Written by podlife, not by kind: only the contract (kubeadm, systemd, the
 * containerd socket) is shared.
 */
export function kubeadmConfig(input: KubeadmConfigInput): string {
  const endpoint = `${input.nodeIp}:6443`;
  const cluster = {
    apiVersion: 'kubeadm.k8s.io/v1beta4',
    kind: 'ClusterConfiguration',
    kubernetesVersion: input.kubernetesVersion,
    clusterName: 'podlife',
    controlPlaneEndpoint: endpoint,
    apiServer: { certSANs: ['localhost', '127.0.0.1', input.nodeIp, ...input.apiServerSans] },
    networking: { podSubnet: input.podSubnet, serviceSubnet: input.serviceSubnet },
  };
  const init = {
    apiVersion: 'kubeadm.k8s.io/v1beta4',
    kind: 'InitConfiguration',
    localAPIEndpoint: { advertiseAddress: input.nodeIp, bindPort: 6443 },
    nodeRegistration: {
      name: input.nodeName,
      criSocket: 'unix:///run/containerd/containerd.sock',
      kubeletExtraArgs: [{ name: 'node-ip', value: input.nodeIp }],
    },
    skipPhases: [...SKIPPED_PHASES],
  };
  const kubelet = {
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    kind: 'KubeletConfiguration',
    // Pods nest under the node container's own cgroup (see the entrypoint).
    cgroupDriver: 'systemd',
    cgroupRoot: '/kubelet',
    failSwapOn: false,
    // Kubernetes 1.35 refuses cgroup v1 by default; many CI and VM hosts still have it.
    failCgroupV1: false,
    // The disk the kubelet sees is the host's, shared with everything else:
    // never evict or garbage-collect images because of it.
    imageGCHighThresholdPercent: 100,
    evictionHard: { 'nodefs.available': '0%', 'nodefs.inodesFree': '0%', 'imagefs.available': '0%' },
  };
  return [cluster, init, kubelet].map((doc) => stringify(doc)).join('---\n');
}
