import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kubeadmConfig, SKIPPED_PHASES } from './kubeadm-config.js';

const input = {
  kubernetesVersion: 'v1.34.10',
  nodeName: 'podlife-abc',
  nodeIp: '172.18.0.2',
  apiServerSans: ['127.0.0.1', 'docker-host.example'],
  podSubnet: '10.244.0.0/16',
  serviceSubnet: '10.96.0.0/16',
};

describe('kubeadmConfig', () => {
  const docs = parseAllDocuments(kubeadmConfig(input)).map((d) => d.toJS() as Record<string, unknown>);
  const byKind = (kind: string) => docs.find((d) => d.kind === kind) as Record<string, never>;

  it('has a cluster, an init and a kubelet configuration', () => {
    expect(docs.map((d) => d.kind)).toEqual(['ClusterConfiguration', 'InitConfiguration', 'KubeletConfiguration']);
  });

  it('advertises the node address and covers the host address in the certificate', () => {
    const cluster = byKind('ClusterConfiguration');
    expect(cluster).toMatchObject({ kubernetesVersion: 'v1.34.10', controlPlaneEndpoint: '172.18.0.2:6443' });
    expect(cluster['apiServer']).toEqual({ certSANs: ['localhost', '127.0.0.1', '172.18.0.2', '127.0.0.1', 'docker-host.example'] });
    expect(byKind('InitConfiguration')).toMatchObject({
      localAPIEndpoint: { advertiseAddress: '172.18.0.2', bindPort: 6443 },
      nodeRegistration: { name: 'podlife-abc', kubeletExtraArgs: [{ name: 'node-ip', value: '172.18.0.2' }] },
      skipPhases: [...SKIPPED_PHASES],
    });
  });

  it('nests the kubelet under its own cgroup and never evicts for the shared disk', () => {
    expect(byKind('KubeletConfiguration')).toMatchObject({
      cgroupDriver: 'systemd',
      cgroupRoot: '/kubelet',
      failCgroupV1: false,
      imageGCHighThresholdPercent: 100,
      evictionHard: { 'nodefs.available': '0%' },
    });
  });
});
