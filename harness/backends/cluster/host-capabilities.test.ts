import { describe, expect, it } from 'vitest';
import { withheldCapabilities } from './host-capabilities.js';

describe('withheldCapabilities', () => {
  it('is empty when the bounding set holds every capability the kernel knows', () => {
    expect(withheldCapabilities('CapBnd:\t000001ffffffffff\n', '40')).toEqual([]);
  });

  it('names the capabilities a sandbox withholds', () => {
    // A firecracker VM whose init drops CAP_SYS_RESOURCE (bit 24).
    expect(withheldCapabilities('CapBnd:\t000001fffeffffff\n', '40')).toEqual(['SYS_RESOURCE']);
  });

  it('does not guess when /proc cannot be read', () => {
    expect(withheldCapabilities('', '')).toEqual([]);
  });
});
