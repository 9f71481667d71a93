import fc from 'fast-check';
import type { ContainerBehaviour } from '../specs/model/behaviour.js';
import { podContainers } from '../specs/model/container-role.js';
import { SCENARIO_API_VERSION, SCENARIO_KIND, type Scenario } from '../specs/model/scenario.js';
import { behaviourDraft, fitBehaviour } from './behaviour.js';
import { duration } from './durations.js';
import { faultDraft, placeFaults } from './faults.js';
import { limitOomKillTargets } from './oom-kill-limits.js';
import { podDraft, podSpecOf } from './pod-spec.js';

export interface ScenarioArbitraryOptions {
  /** Longest horizon, in seconds (default 1200: long enough for the crash-loop back-off to reach its cap). */
  maxHorizonSeconds?: number;
  maxFaults?: number;
}

/** Enough behaviour drafts for the most containers a generated pod has (2 init + 3 regular). */
const MAX_CONTAINERS = 5;

/**
 * Whole scenarios: a valid pod, a behaviour for each container, and a fault schedule.
 * Built with `map` only — containers get behaviours and faults get containers by position —
 * so fast-check shrinks every part: fewer containers, fewer faults, shorter times, simpler
 * probes.
 */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      pod: podDraft,
      until: duration(options.maxHorizonSeconds ?? 1200, 30),
      faults: fc.array(faultDraft, { maxLength: options.maxFaults ?? 4 }),
      behaviours: fc.array(behaviourDraft, { minLength: MAX_CONTAINERS, maxLength: MAX_CONTAINERS }),
    })
    .map(({ pod, until, faults, behaviours }): Scenario => {
      const spec = podSpecOf(pod);
      const containers = podContainers({ metadata: { name: 'pod' }, spec });
      const byName: Record<string, ContainerBehaviour> = {};
      containers.forEach((c, i) => {
        const b = fitBehaviour(behaviours[i]!, c.spec);
        if (Object.keys(b).length > 0) byName[c.name] = b;
      });
      const placed = placeFaults(faults, containers.map((c) => c.spec), until);
      return {
        apiVersion: SCENARIO_API_VERSION,
        kind: SCENARIO_KIND,
        name: 'generated',
        until,
        pod: { metadata: { name: 'pod' }, spec: limitOomKillTargets(spec, placed) },
        containers: byName,
        faults: placed,
      };
    });
}
