import { describe, expect, it } from 'vitest';
import type { Container, PodSpec } from '../../model/pod-manifest.js';
import { set, traceOf } from '../../testing/trace-builder.js';
import { classMatchesResources, expectedQosClass } from './class-matches-resources.js';

const c = (name: string, resources?: Container['resources']): Container => ({ name, image: 'busybox:1.36', ...(resources ? { resources } : {}) });
const scenarioOf = (spec: PodSpec) => traceOf(spec).build().scenario;

describe(classMatchesResources.id, () => {
  it('works the classes out by hand (R8.1, E20)', () => {
    // no cpu/memory anywhere; ephemeral-storage does not count
    expect(expectedQosClass(scenarioOf({ containers: [c('a', { limits: { 'ephemeral-storage': '1Gi' } })] }))).toBe('BestEffort');
    // limits only → requests default to them → Guaranteed
    expect(expectedQosClass(scenarioOf({ containers: [c('a', { limits: { cpu: '500m', memory: '128Mi' } })] }))).toBe('Guaranteed');
    // E20: the init container's memory request makes the pod Burstable (it has no limits)
    expect(
      expectedQosClass(scenarioOf({ initContainers: [c('setup', { requests: { memory: '32Mi' } })], containers: [c('app', { limits: { cpu: '500m', memory: '128Mi', 'ephemeral-storage': '1Gi' } })] })),
    ).toBe('Burstable');
    // a Guaranteed container next to a BestEffort sidecar → Burstable
    expect(
      expectedQosClass(scenarioOf({ initContainers: [{ ...c('side'), restartPolicy: 'Always' }], containers: [c('app', { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } })] })),
    ).toBe('Burstable');
    // cpu only, request = limit → memory missing → Burstable
    expect(expectedQosClass(scenarioOf({ containers: [c('a', { requests: { cpu: '1' }, limits: { cpu: '1' } })] }))).toBe('Burstable');
    // zero quantities count as unset
    expect(expectedQosClass(scenarioOf({ containers: [c('a', { requests: { cpu: '0' }, limits: { memory: '0' } })] }))).toBe('BestEffort');
    // equal in every container, written differently (1 = 1000m, 1Gi = 1024Mi)
    expect(
      expectedQosClass(scenarioOf({ containers: [c('a', { requests: { cpu: '1000m', memory: '1024Mi' }, limits: { cpu: '1', memory: '1Gi' } }), c('b', { limits: { cpu: '250m', memory: '64Mi' } })] })),
    ).toBe('Guaranteed');
  });

  it('passes when the pod shows the class its resources give', () => {
    const { trace, scenario } = traceOf({ containers: [c('a', { limits: { cpu: '500m', memory: '128Mi' } })] }).at(0, set({ qosClass: 'Guaranteed' })).build();
    expect(classMatchesResources.check(trace, scenario)).toEqual({ ok: true });
  });

  it('fails when limits-only containers are classed Burstable (requests not defaulted from limits)', () => {
    const { trace, scenario } = traceOf({ containers: [c('a', { limits: { cpu: '500m', memory: '128Mi' } })] }).at(0, set({ qosClass: 'Burstable' })).build();
    expect(classMatchesResources.check(trace, scenario)).toMatchObject({ ok: false, at: 0, expected: 'qosClass Guaranteed', observed: 'qosClass Burstable' });
  });

  it('fails when init containers are left out (E20)', () => {
    const spec = { initContainers: [c('setup', { requests: { memory: '32Mi' } })], containers: [c('app', { limits: { cpu: '500m', memory: '128Mi' } })] };
    const { trace, scenario } = traceOf(spec).at(0, set({ qosClass: 'Guaranteed' })).build();
    expect(classMatchesResources.check(trace, scenario)).toMatchObject({ ok: false, at: 0, expected: 'qosClass Burstable' });
  });

  it('skips pods with pod-level resources', () => {
    const { trace, scenario } = traceOf({ resources: { limits: { cpu: '1', memory: '1Gi' } }, containers: [c('a')] }).build();
    expect(classMatchesResources.appliesTo!(scenario, trace)).toMatchObject({ skip: expect.stringContaining('pod-level resources') });
  });
});
