/**
 * The node's Pod network: a point-to-point veth per Pod with addresses from
 * the node's range. A single node needs no overlay or routing daemon, and the
 * plugins (ptp, host-local, portmap) ship in both the offline image and
 * kindest/node, so the same file serves both.
 */
export function cniConfig(podRange: string): string {
  return `${JSON.stringify({
    cniVersion: '1.0.0',
    name: 'podlife',
    plugins: [
      {
        type: 'ptp',
        ipMasq: true,
        ipam: { type: 'host-local', ranges: [[{ subnet: podRange }]], routes: [{ dst: '0.0.0.0/0' }] },
      },
      { type: 'portmap', capabilities: { portMappings: true } },
    ],
  }, null, 2)}\n`;
}

export const CNI_CONFIG_PATH = '/etc/cni/net.d/10-podlife.conflist';
