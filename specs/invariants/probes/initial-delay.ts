import { PASS, violation, type Invariant } from '../../invariant.js';
import { PROBE_TYPES } from '../../model/behaviour.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import {
  attributedProbeResults,
  CLOCK_SLACK,
  formatMs,
  instanceSpans,
  probedContainers,
  probeParams,
  runningSpanOf,
  spanAtIndex,
  statusOf,
  type InstanceSpan,
} from '../trace-view.js';

/**
 * R3.4: a probe does not run before initialDelaySeconds have passed since the instance's
 * `state.running.startedAt` (worker.go doProbe: `time.Since(StartedAt).Seconds() <
 * InitialDelaySeconds` skips the tick; the newest worker schedules the first run at
 * startedAt + initialDelay). The API's startedAt has whole seconds, truncated, so the real
 * start is no earlier than it; a recorded result may be 1 s early — hence the bound
 * startedAt + initialDelay − 1 s.
 *
 * For liveness and readiness behind a startup probe the docs say the delay begins after
 * the startup probe succeeded, while the worker counts from startedAt; the earlier bound
 * holds either way and is the one asserted.
 */
export const initialDelay: Invariant = {
  id: 'probes/initial-delay',
  title: 'No probe result for an instance before startedAt + initialDelaySeconds',
  citation: { rule: 'R3.4', source: 'pkg/kubelet/prober/worker.go doProbe ("Probe disabled for InitialDelaySeconds")', url: SOURCES.proberWorker },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    const delayed = probedContainers(scenario).some((c) => PROBE_TYPES.some((p) => (probeParams(scenario, c, p)?.initialDelay ?? 0) > 0));
    return delayed ? true : { skip: 'no probe has an initialDelaySeconds' };
  },
  check(trace, scenario) {
    for (const name of probedContainers(scenario)) {
      const spans = instanceSpans(trace, name);
      let shownStarts: ReadonlyMap<number, Millis> | undefined; // read on first use
      const apiStartedAt = (s: InstanceSpan) => (shownStarts ??= apiStartedAts(trace, name, spans)).get(s.ordinal) ?? s.startedAt;
      for (const r of attributedProbeResults(trace, name)) {
        const delay = probeParams(scenario, name, r.event.probe)?.initialDelay ?? 0;
        if (delay === 0) continue;
        const span = spanAtIndex(spans, r.index);
        if (!span) continue;
        const startedAt = apiStartedAt(span);
        const allowed = r.candidates.some((c) => r.event.at >= apiStartedAt(c) + delay - CLOCK_SLACK);
        if (!allowed) {
          return violation({
            at: r.event.at,
            container: name,
            expected: `no ${r.event.probe} probe before ${formatMs(startedAt + delay)} (startedAt ${formatMs(startedAt)} + initialDelaySeconds ${delay / 1000})`,
            observed: `${r.event.probe} result ${r.event.result} at ${formatMs(r.event.at)}`,
            message: `${name}: the ${r.event.probe} probe ran during its initial delay`,
          });
        }
      }
    }
    return PASS;
  },
};

/**
 * By instance ordinal: the instance's `state.running.startedAt` as the API showed it (the
 * earliest such value). An instance the API never showed running is not in it: its start
 * event stands in.
 */
function apiStartedAts(trace: Trace, name: string, spans: readonly InstanceSpan[]): Map<number, Millis> {
  const found = new Map<number, Millis>();
  for (const s of trace.snapshots) {
    const status = statusOf(s.status, name);
    const startedAt = status?.state.running?.startedAt;
    if (startedAt === undefined) continue;
    const ordinal = runningSpanOf(spans, status!)?.ordinal;
    if (ordinal === undefined) continue;
    const earliest = found.get(ordinal);
    found.set(ordinal, earliest === undefined ? startedAt : Math.min(earliest, startedAt));
  }
  return found;
}
