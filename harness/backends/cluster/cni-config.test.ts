import { describe, expect, it } from 'vitest';
import { cniConfig } from './cni-config.js';

describe('cniConfig', () => {
  it('is a ptp + portmap conflist over the node range', () => {
    const config = JSON.parse(cniConfig('10.244.0.0/24'));
    expect(config.plugins.map((p: { type: string }) => p.type)).toEqual(['ptp', 'portmap']);
    expect(config.plugins[0].ipam.ranges).toEqual([[{ subnet: '10.244.0.0/24' }]]);
  });
});
