import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodCondition } from '../../../specs/model/pod-condition.js';
import type { PodPhase } from '../../../specs/model/pod-phase.js';
import type { Scenario } from '../../../specs/model/scenario.js';
import type { Snapshot, Trace } from '../../../specs/model/trace.js';
import type { TraceEvent, TraceEventOf, TraceEventType } from '../../../specs/model/trace-event.js';
import { parseScenarioText } from '../../scenario/load-scenario-file.js';
import { simulate } from '../simulate.js';

/** Test support: run a scenario written as YAML, and ask questions about the trace. */
export function run(yaml: string): TraceQuery {
  const scenario = parseScenarioText(yaml, 'test.yaml');
  return new TraceQuery(simulate(scenario), scenario);
}

export class TraceQuery {
  constructor(
    readonly trace: Trace,
    readonly scenario: Scenario,
  ) {}

  /** The last snapshot at or before `at` (ms). */
  at(at: number): Snapshot {
    let found: Snapshot | undefined;
    for (const s of this.trace.snapshots) if (s.at <= at) found = s;
    if (!found) throw new Error(`no snapshot at or before ${at}`);
    return found;
  }

  get last(): Snapshot {
    return this.trace.snapshots[this.trace.snapshots.length - 1]!;
  }

  phaseAt(at: number): PodPhase {
    return this.at(at).status.phase;
  }

  /** Distinct consecutive phases, in order. */
  phases(): PodPhase[] {
    const out: PodPhase[] = [];
    for (const s of this.trace.snapshots) if (out[out.length - 1] !== s.status.phase) out.push(s.status.phase);
    return out;
  }

  /** When the phase first became `phase`. */
  firstTime(phase: PodPhase): number | undefined {
    return this.trace.snapshots.find((s) => s.status.phase === phase)?.at;
  }

  container(name: string, at: number): ContainerStatus {
    const s = this.at(at).status;
    const c = [...s.initContainerStatuses, ...s.containerStatuses].find((x) => x.name === name);
    if (!c) throw new Error(`no status for ${name} at ${at}`);
    return c;
  }

  condition(type: string, at: number): PodCondition | undefined {
    return this.at(at).status.conditions.find((c) => c.type === type);
  }

  events<T extends TraceEventType>(type: T, container?: string): TraceEventOf<T>[] {
    return this.trace.events.filter(
      (e): e is TraceEventOf<T> => e.type === type && (container === undefined || ('container' in e && e.container === container)),
    );
  }

  times<T extends TraceEventType>(type: T, container?: string): number[] {
    return this.events(type, container).map((e: TraceEvent) => e.at);
  }

  /** First time a predicate over snapshots holds. */
  when(predicate: (s: Snapshot) => boolean): number | undefined {
    return this.trace.snapshots.find(predicate)?.at;
  }
}
