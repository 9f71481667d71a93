import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rewriteKubeconfig } from './rewrite-kubeconfig.js';

const adminConf = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: Q0E=
    server: https://172.18.0.2:6443
  name: podlife
contexts:
- context:
    cluster: podlife
    user: kubernetes-admin
  name: kubernetes-admin@podlife
current-context: kubernetes-admin@podlife
kind: Config
users:
- name: kubernetes-admin
  user:
    client-certificate-data: Q0VSVA==
    client-key-data: S0VZ
`;

describe('rewriteKubeconfig', () => {
  it('points at the host address and names everything after the run', () => {
    const config = parse(rewriteKubeconfig(adminConf, 'https://127.0.0.1:32768', 'podlife-abc'));
    expect(config.clusters[0]).toEqual({ name: 'podlife-abc', cluster: { 'certificate-authority-data': 'Q0E=', server: 'https://127.0.0.1:32768' } });
    expect(config.contexts[0]).toEqual({ name: 'podlife-abc', context: { cluster: 'podlife-abc', user: 'podlife-abc-admin' } });
    expect(config.users[0].name).toBe('podlife-abc-admin');
    expect(config.users[0].user['client-key-data']).toBe('S0VZ');
    expect(config['current-context']).toBe('podlife-abc');
  });

  it('refuses a kubeconfig without a cluster', () => {
    expect(() => rewriteKubeconfig('apiVersion: v1\nkind: Config\n', 'https://x', 'n')).toThrow(/without a cluster/);
  });
});
