import { describe, expect, it } from 'vitest';
import { normalizeImageRef } from './load-workload-image.js';

describe('normalizeImageRef', () => {
  it('names images as containerd lists them', () => {
    expect(normalizeImageRef('busybox:1.37')).toBe('docker.io/library/busybox:1.37');
    expect(normalizeImageRef('someone/tool:1')).toBe('docker.io/someone/tool:1');
    expect(normalizeImageRef('podlife.local/workload:1')).toBe('podlife.local/workload:1');
    expect(normalizeImageRef('localhost/x:1')).toBe('localhost/x:1');
    expect(normalizeImageRef('registry:5000/x:1')).toBe('registry:5000/x:1');
  });
});
