import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { podContainers } from '../specs/model/container-role.js';
import { qosOf } from './testing/qos-of.js';
import { validatePod } from '../specs/validation/validate-pod.js';
import { INVALID_POD_RULES, invalidPod } from './invalid-pod.js';
import { scenarioArbitrary } from './scenario.js';

const samples = fc.sample(scenarioArbitrary(), { numRuns: 1500, seed: 7 });

describe('generators', () => {
  it('make only pods kube-apiserver would accept', () => {
    for (const s of samples) expect(validatePod(s.pod)).toEqual([]);
  });

  it('give behaviours and faults only to containers the pod has, with faults sorted in the horizon', () => {
    for (const s of samples) {
      const names = new Set(podContainers(s.pod).map((c) => c.name));
      for (const name of Object.keys(s.containers)) expect(names.has(name)).toBe(true);
      for (const f of s.faults) {
        if ('container' in f) expect(names.has(f.container)).toBe(true);
        expect(f.at).toBeGreaterThanOrEqual(0);
        expect(f.at).toBeLessThan(s.until);
      }
      expect(s.faults.map((f) => f.at)).toEqual([...s.faults.map((f) => f.at)].sort((a, b) => a - b));
    }
  });

  it('give an OOMKill to a container with a memory limit whenever the pod has one', () => {
    let limitedTargets = 0;
    let podsWithoutLimit = 0;
    for (const s of samples) {
      const containers = podContainers(s.pod);
      const limited = new Set(containers.filter((c) => c.spec.resources?.limits?.memory !== undefined).map((c) => c.name));
      for (const f of s.faults) {
        if (f.type !== 'OOMKill') continue;
        if (limited.size === 0) podsWithoutLimit++;
        else {
          expect(limited.has(f.container), `${f.container} of ${[...limited].join(', ')}`).toBe(true);
          limitedTargets++;
        }
      }
    }
    expect(limitedTargets).toBeGreaterThan(20);
    expect(podsWithoutLimit).toBeGreaterThan(0);
  });

  it('cover every fault type, restart policy, QoS class, sidecars, and every probe handler kind', () => {
    const faults = new Set(samples.flatMap((s) => s.faults.map((f) => f.type)));
    expect([...faults].sort()).toEqual(['DeletePod', 'ImagePullFailure', 'KillContainer', 'NodeDown', 'NodeReboot', 'NodeUp', 'OOMKill', 'RemoveContainer', 'SetActiveDeadline', 'UpdateImage']);
    expect(new Set(samples.map((s) => s.pod.spec.restartPolicy ?? 'Always'))).toEqual(new Set(['Always', 'OnFailure', 'Never']));
    expect(new Set(samples.map((s) => qosOf(s.pod)))).toEqual(new Set(['BestEffort', 'Burstable', 'Guaranteed']));
    expect(samples.some((s) => (s.pod.spec.initContainers ?? []).some((c) => c.restartPolicy === 'Always'))).toBe(true);
    const handlers = new Set(
      samples.flatMap((s) => s.pod.spec.containers.flatMap((c) => [c.livenessProbe, c.readinessProbe, c.startupProbe].filter(Boolean).map((p) => Object.keys(p!).find((k) => ['exec', 'httpGet', 'tcpSocket', 'grpc'].includes(k))))),
    );
    expect(handlers).toEqual(new Set(['exec', 'httpGet', 'tcpSocket', 'grpc']));
    expect(samples.some((s) => s.pod.spec.readinessGates)).toBe(true);
    expect(samples.some((s) => Object.values(s.containers).some((b) => b.hooks?.preStop))).toBe(true);
  });

  it('make invalid pods that validation rejects at the field they break, for every rule', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(invalidPod, ({ pod, path, rule }) => {
        seen.add(rule);
        const errors = validatePod(pod);
        expect(errors.map((e) => e.path), rule).toContain(path);
      }),
      { numRuns: 600, seed: 11 },
    );
    expect([...seen].sort()).toEqual([...INVALID_POD_RULES].sort());
  });

  it('shrink to small counterexamples: one container, no faults, short times', () => {
    const result = fc.check(
      fc.property(scenarioArbitrary(), (s) => !s.pod.spec.containers.some((c) => c.livenessProbe)),
      { seed: 3, numRuns: 200 },
    );
    expect(result.failed).toBe(true);
    const [s] = result.counterexample!;
    expect(s.pod.spec.containers).toHaveLength(1);
    expect(s.pod.spec.initContainers).toBeUndefined();
    expect(s.faults).toEqual([]);
    expect(s.until).toBe(30_000);
    expect(Object.keys(s.pod.spec.containers[0]!.livenessProbe!)).toHaveLength(1);
  });
});
