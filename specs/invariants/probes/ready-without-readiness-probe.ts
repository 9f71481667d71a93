import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import type { Millis } from '../../model/time.js';
import { SOURCES } from '../citations.js';
import { busyUntil, eventsOfType, formatMs, kubeletDown, podWorkerBusy, probedContainers, probeParams, statusOf, type Interval } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 2000,
  why:
    'a startup Success sets `started` at once (status_manager.go SetContainerStartup) while `ready` is recomputed by the pod sync it triggers; ' +
    'the status write is asynchronous and recorded times are good to ±1 s. A sync held up by a postStart hook or a kill is waited for',
};

/**
 * R3.3, R3.5: without a readiness probe the readiness result is Success, so
 * `ready = started ∧ running` for every regular container and sidecar
 * (prober_manager.go UpdatePodStatus: no result and no worker → ready). The two fields are
 * computed together in each sync, but `started` can be written alone when a startup probe
 * succeeds, until the sync that follows — hence a small tolerance. While the kubelet is
 * down, or once the pod object is removed, nothing rewrites the status, so those times are
 * left out.
 */
export const readyWithoutReadinessProbe: Invariant = {
  id: 'probes/ready-without-readiness-probe',
  title: 'A started, running container without a readiness probe is ready',
  citation: { rule: 'R3.5', source: 'pkg/kubelet/prober/prober_manager.go UpdatePodStatus', url: SOURCES.proberManager },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  appliesTo(scenario) {
    return probedContainers(scenario).some((c) => !probeParams(scenario, c, 'readiness'))
      ? true
      : { skip: 'every container has a readiness probe' };
  },
  check(trace, scenario) {
    const busy = podWorkerBusy(trace);
    const down = kubeletDown(trace);
    // Once the pod object is gone (a force delete) its status is never written again.
    const end = eventsOfType(trace, 'PodRemoved')[0]?.at ?? trace.horizon;
    for (const name of probedContainers(scenario)) {
      if (probeParams(scenario, name, 'readiness')) continue;
      const episodes: Interval[] = [];
      let since: Millis | undefined;
      for (const s of trace.snapshots) {
        const c = statusOf(s.status, name);
        const unready = Boolean(c?.state.running && c.started && !c.ready && !isTerminalPhase(s.status.phase));
        if (unready && since === undefined) since = s.at;
        if (!unready && since !== undefined) {
          episodes.push({ from: since, to: s.at });
          since = undefined;
        }
      }
      if (since !== undefined) episodes.push({ from: since, to: Math.max(since, end) });
      for (const episode of episodes) {
        for (const piece of outside(episode, down)) {
          const deadline = busyUntil(busy, piece.from) + TOLERANCE.late;
          if (piece.to > deadline) {
            return violation({
              at: deadline,
              container: name,
              expected: `ready within ${formatMs(deadline - piece.from)} of showing started at ${formatMs(piece.from)} (no readiness probe)`,
              observed: `started but not ready from ${formatMs(piece.from)} to ${formatMs(piece.to)}`,
              message: `${name} has no readiness probe, is started and running, yet is not ready`,
            });
          }
        }
      }
    }
    return PASS;
  },
};

/** The parts of `episode` outside the kubelet's down times. */
function outside(episode: Interval, down: readonly Interval[]): Interval[] {
  let pieces: Interval[] = [episode];
  for (const d of down) {
    pieces = pieces.flatMap((p) => {
      if (d.to <= p.from || d.from >= p.to) return [p];
      const out: Interval[] = [];
      if (d.from > p.from) out.push({ from: p.from, to: d.from });
      if (d.to < p.to) out.push({ from: d.to, to: p.to });
      return out;
    });
  }
  return pieces;
}
