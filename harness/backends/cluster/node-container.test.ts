import { describe, expect, it } from 'vitest';
import { nodeHostConfig } from './node-container.js';

describe('nodeHostConfig', () => {
  it('is privileged with a private cgroup namespace and /var on the volume', () => {
    const config = nodeHostConfig({ varVolume: 'podlife-x-var', withheldCapabilities: [] });
    expect(config).toMatchObject({ Privileged: true, CgroupnsMode: 'private' });
    expect(config.Mounts).toEqual([{ Type: 'volume', Source: 'podlife-x-var', Target: '/var' }]);
  });

  it('asks for every other capability when the host withholds some', () => {
    const config = nodeHostConfig({ varVolume: 'v', withheldCapabilities: ['SYS_RESOURCE'] });
    expect(config.Privileged).toBeUndefined();
    expect(config).toMatchObject({ CapAdd: ['ALL'], CapDrop: ['SYS_RESOURCE'], MaskedPaths: [], ReadonlyPaths: [] });
    expect(config.Devices?.map((d: { PathOnHost: string }) => d.PathOnHost)).toEqual(['/dev/kmsg']);
  });
});
