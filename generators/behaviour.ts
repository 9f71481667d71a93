import fc from 'fast-check';
import type { ContainerBehaviour, HookBehaviour, ProbeStep, ProbeType, Run, SigtermBehaviour } from '../specs/model/behaviour.js';
import type { Container } from '../specs/model/pod-manifest.js';
import { compact, duration, maybe } from './durations.js';

const exitCode = fc.constantFrom(0, 1, 2, 137, 143);

/** One start of the process: runs until signalled, or exits after a while with a code. */
export const run: fc.Arbitrary<Run> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  { weight: 3, arbitrary: fc.record({ exitAfter: duration(90), exitCode }) },
);

export const sigterm: fc.Arbitrary<SigtermBehaviour | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.record({ exitAfter: duration(20), exitCode: fc.constantFrom(0, 143) }) },
  { weight: 1, arbitrary: fc.constant({ ignore: true as const }) },
);

/** A probe's answers over time, relative to each start; sorted, first step at 0 s. */
export const probeSteps: fc.Arbitrary<ProbeStep[]> = fc
  .array(fc.record({ at: duration(120), result: fc.constantFrom('Success' as const, 'Failure' as const) }), { maxLength: 3 })
  .map((steps) => steps.sort((a, b) => a.at - b.at));

export const hook: fc.Arbitrary<HookBehaviour> = fc
  .record({ duration: maybe(duration(20), 0.7), result: maybe(fc.constantFrom('Success' as const, 'Failure' as const), 0.3) })
  .map((h) => compact(h));

const PROBE_FIELD: Record<ProbeType, 'startupProbe' | 'livenessProbe' | 'readinessProbe'> = {
  startup: 'startupProbe',
  liveness: 'livenessProbe',
  readiness: 'readinessProbe',
};

/** A behaviour for any container: answers for every probe and hook it might declare. */
export const behaviourDraft: fc.Arbitrary<ContainerBehaviour> = fc
  .record({
    runs: maybe(fc.array(run, { minLength: 1, maxLength: 3 }), 0.7),
    onSigterm: sigterm,
    probes: fc.record({ startup: maybe(probeSteps, 0.7), liveness: maybe(probeSteps, 0.7), readiness: maybe(probeSteps, 0.7) }),
    hooks: fc.record({ postStart: maybe(hook, 0.7), preStop: maybe(hook, 0.7) }),
  })
  .map((b) => compact(b));

/** Keeps only the probe answers and hooks the container declares (as the scenario format requires). */
export function fitBehaviour(draft: ContainerBehaviour, container: Container): ContainerBehaviour {
  const b: ContainerBehaviour = compact({ runs: draft.runs, onSigterm: draft.onSigterm });
  const probes = (Object.keys(PROBE_FIELD) as ProbeType[]).filter((t) => container[PROBE_FIELD[t]] && draft.probes?.[t]);
  if (probes.length > 0) b.probes = Object.fromEntries(probes.map((t) => [t, draft.probes![t]!]));
  const hooks = (['postStart', 'preStop'] as const).filter((h) => container.lifecycle?.[h] && draft.hooks?.[h]);
  if (hooks.length > 0) b.hooks = Object.fromEntries(hooks.map((h) => [h, draft.hooks![h]!]));
  return b;
}
