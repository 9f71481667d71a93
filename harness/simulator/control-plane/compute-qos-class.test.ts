import { describe, expect, it } from 'vitest';
import type { Container } from '../../../specs/model/pod-manifest.js';
import { computeQosClass } from './compute-qos-class.js';

// R8.1 and edge case E20, worked by hand.
const pod = (containers: Partial<Container>[], initContainers: Partial<Container>[] = []) => ({
  metadata: { name: 'p' },
  spec: {
    containers: containers.map((c, i) => ({ name: `c${i}`, image: 'b', ...c })),
    initContainers: initContainers.map((c, i) => ({ name: `i${i}`, image: 'b', ...c })),
  },
});

describe('computeQosClass (R8.1)', () => {
  it('no requests or limits anywhere: BestEffort', () => {
    expect(computeQosClass(pod([{}, {}]))).toBe('BestEffort');
  });
  it('cpu and memory limits only: requests default to them, Guaranteed (E20)', () => {
    expect(computeQosClass(pod([{ resources: { limits: { cpu: '500m', memory: '128Mi' } } }]))).toBe('Guaranteed');
  });
  it('request below limit: Burstable', () => {
    expect(computeQosClass(pod([{ resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '500m', memory: '64Mi' } } }]))).toBe('Burstable');
  });
  it('only cpu set equal: Burstable (memory must agree)', () => {
    expect(computeQosClass(pod([{ resources: { requests: { cpu: '1' }, limits: { cpu: '1' } } }]))).toBe('Burstable');
  });
  it('a Guaranteed container next to a BestEffort one: Burstable', () => {
    expect(computeQosClass(pod([{ resources: { limits: { cpu: '1', memory: '1Gi' } } }, {}]))).toBe('Burstable');
  });
  it('init containers count: a BestEffort app with a Burstable init container is Burstable (E20)', () => {
    expect(computeQosClass(pod([{}], [{ resources: { requests: { memory: '10Mi' } } }]))).toBe('Burstable');
  });
  it('ephemeral-storage does not count: BestEffort (E20)', () => {
    expect(computeQosClass(pod([{ resources: { requests: { 'ephemeral-storage': '1Gi' }, limits: { 'ephemeral-storage': '1Gi' } } }]))).toBe('BestEffort');
  });
  it('equal quantities in different spellings are equal: 1 == 1000m, 1Gi == 1073741824', () => {
    expect(computeQosClass(pod([{ resources: { requests: { cpu: '1000m', memory: '1073741824' }, limits: { cpu: '1', memory: '1Gi' } } }]))).toBe('Guaranteed');
  });
});
