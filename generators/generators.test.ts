import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { podContainers } from '../specs/model/container-role.js';
import { qosOf } from './testing/qos-of.js';
import { validatePod } from '../specs/validation/validate-pod.js';
import { INVALID_POD_RULES, invalidPod } from './invalid-pod.js';
import { scenarioArbitrary } from './scenario.js';
import { OOM_TARGET_MEMORY_LIMIT, limitOomKillTargets } from './oom-kill-limits.js';
import type { PodSpec } from '../specs/model/pod-manifest.js';

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

  it('give an OOMKill only to a container with a memory limit, adding one to a pod that has none', () => {
    let oomKills = 0;
    let addedLimits = 0;
    for (const s of samples) {
      const containers = podContainers(s.pod);
      const limited = new Set(containers.filter((c) => c.spec.resources?.limits?.memory !== undefined).map((c) => c.name));
      for (const f of s.faults) {
        if (f.type !== 'OOMKill') continue;
        oomKills++;
        expect(limited.has(f.container), `${f.container} of ${[...limited].join(', ')}`).toBe(true);
        const limit = containers.find((c) => c.name === f.container)!.spec.resources!.limits!.memory;
        if (limit === OOM_TARGET_MEMORY_LIMIT) addedLimits++;
      }
    }
    expect(oomKills).toBeGreaterThan(20);
    expect(addedLimits).toBeGreaterThan(0);
  });

  it('add a memory limit to the OOMKill targets without one, keeping their requests and leaving other containers alone', () => {
    const spec: PodSpec = {
      initContainers: [{ name: 'proxy', image: 'busybox', restartPolicy: 'Always' }],
      containers: [
        { name: 'app', image: 'busybox', resources: { requests: { cpu: '100m', memory: '32Mi' } } },
        { name: 'other', image: 'busybox' },
        { name: 'capped', image: 'busybox', resources: { limits: { memory: '256Mi' } } },
      ],
    };
    const limited = limitOomKillTargets(spec, [
      { at: 0, type: 'OOMKill', container: 'app' },
      { at: 1000, type: 'OOMKill', container: 'proxy' },
      { at: 2000, type: 'OOMKill', container: 'capped' },
      { at: 3000, type: 'KillContainer', container: 'other' },
    ]);
    expect(limited.containers[0]!.resources).toEqual({ requests: { cpu: '100m', memory: '32Mi' }, limits: { memory: '64Mi' } });
    expect(limited.initContainers![0]!.resources).toEqual({ limits: { memory: '64Mi' } });
    expect(limited.containers[1]).toEqual({ name: 'other', image: 'busybox' });
    expect(limited.containers[2]!.resources).toEqual({ limits: { memory: '256Mi' } });
    expect(spec.containers[0]!.resources).toEqual({ requests: { cpu: '100m', memory: '32Mi' } });
    expect(limitOomKillTargets(spec, [{ at: 0, type: 'NodeReboot' }])).toBe(spec);
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
