import { ClusterStartError } from './cluster-start-error.js';
import { CNI_CONFIG_PATH, cniConfig } from './cni-config.js';
import { kubeadmConfig } from './kubeadm-config.js';
import { NodeCommandError } from './node-command-error.js';
import { run, type NodeShell } from './node-shell.js';

export interface BootstrapInput {
  nodeName: string;
  nodeIp: string;
  apiServerSans: readonly string[];
}

export interface BootstrapResult {
  kubernetesVersion: string;
  /** /etc/kubernetes/admin.conf as kubeadm wrote it (server address inside the Docker network). */
  adminKubeconfig: string;
}

const POD_SUBNET = '10.244.0.0/16';
const NODE_POD_RANGE = '10.244.0.0/24';
const SERVICE_SUBNET = '10.96.0.0/16';
const ADMIN = '--kubeconfig=/etc/kubernetes/admin.conf';

/**
 * Turns a booted node container into a single-node cluster, as kind's CLI
 * does with its nodes: the one code path for the offline image and
 * kindest/node, which share the contract (systemd, containerd, kubeadm and
 * the kubelet units, /kind/version).
 */
export async function bootstrapNode(shell: NodeShell, input: BootstrapInput): Promise<BootstrapResult> {
  const kubernetesVersion = (await run(shell, ['cat', '/kind/version'])).trim();
  // The CNI config goes first: the kubelet reports Ready as soon as it sees it.
  await shell.writeFile(CNI_CONFIG_PATH, cniConfig(NODE_POD_RANGE));
  await shell.writeFile('/kind/kubeadm.conf', kubeadmConfig({
    kubernetesVersion, ...input, podSubnet: POD_SUBNET, serviceSubnet: SERVICE_SUBNET,
  }));
  try {
    await run(shell, ['kubeadm', 'init', '--config=/kind/kubeadm.conf', '--skip-token-print']);
    // One node runs everything, so the control-plane taint must go.
    await run(shell, ['kubectl', ADMIN, 'taint', 'nodes', '--all', 'node-role.kubernetes.io/control-plane-']);
  } catch (error) {
    if (!(error instanceof NodeCommandError)) throw error;
    const journal = await shell.exec(['journalctl', '--no-pager', '-n', '30', '-u', 'kubelet', '-u', 'containerd']);
    throw new ClusterStartError(error.command[0] ?? 'bootstrap', `${error.message}\n--- node journal ---\n${journal.stdout}`, { cause: error });
  }
  return { kubernetesVersion, adminKubeconfig: await run(shell, ['cat', '/etc/kubernetes/admin.conf']) };
}
