import { PASS, violation, type Invariant } from '../../invariant.js';
import type { KillReason } from '../../model/trace-event.js';
import { SOURCES } from '../citations.js';
import { CLOCK_SLACK, containerEvents, formatMs, instanceSpans, namesOfRole, type InstanceSpan } from '../trace-view.js';

/** Kill reasons of a single container; every other reason is part of killing the whole pod. */
const SINGLE_CONTAINER_KILLS: readonly KillReason[] = ['LivenessProbe', 'StartupProbe', 'SpecChanged', 'PostStartHookFailed'];

/**
 * R2.13, E10: when the kubelet kills the pod (deletion, eviction, deadline, or R2.12), a sidecar's
 * preStop starts at once but its stop signal waits (killContainer → waitForTurn, from
 * newTerminationOrdering over the containers running when the kill began) until every regular
 * container and every sidecar declared after it has exited — or until its grace period ran out:
 * the wait is bounded by what is left of the grace after preStop (whole seconds, never less than
 * the full grace measured from the kill). Containers that were not running do not hold the order.
 */
export const terminationOrder: Invariant = {
  id: 'sidecars/termination-order',
  title: 'During pod termination a sidecar gets SIGTERM only after the regular containers and later sidecars exited, or its grace ran out',
  citation: { rule: 'R2.13', source: 'pkg/kubelet/kuberuntime/kuberuntime_termination_order.go; kuberuntime_container.go killContainer', url: SOURCES.terminationOrder },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return namesOfRole(scenario, 'sidecar').length > 0 ? true : { skip: 'the pod has no sidecar' };
  },
  check(trace, scenario) {
    const sidecars = namesOfRole(scenario, 'sidecar');
    const regular = namesOfRole(scenario, 'regular');
    const spans = new Map([...sidecars, ...regular].map((n) => [n, instanceSpans(trace, n)]));
    for (const [k, sidecar] of sidecars.entries()) {
      const holders = [...regular, ...sidecars.slice(k + 1)];
      for (const { event: e, index: sigIndex } of containerEvents(trace, 'SignalSent', sidecar)) {
        if (e.signal !== 'SIGTERM') continue;
        const own = spans.get(sidecar)!.filter((s) => s.startIndex < sigIndex).at(-1);
        if (!own) continue;
        const kills = containerEvents(trace, 'ContainerKilling', sidecar)
          .filter(({ index: i }) => i > own.startIndex && i < sigIndex)
          .map(({ event: x, index: i }) => ({ x, i }));
        const podKills = kills.filter(({ x }) => !SINGLE_CONTAINER_KILLS.includes(x.reason));
        if (podKills.length === 0 || podKills.length !== kills.length) continue;
        const first = podKills[0]!;
        const graceRunsOut = Math.min(...podKills.map(({ x }) => x.at + x.gracePeriodSeconds * 1000));
        if (e.at >= graceRunsOut) continue;
        for (const holder of holders) {
          const span = spans.get(holder)!.filter((s) => s.startIndex < first.i).at(-1);
          if (!span || !runningAt(span, first.i)) continue;
          // exited first in the trace's order, or recorded within CLOCK_SLACK after the signal:
          // an exit known only from the status is put as late as its whole-second finishedAt allows
          if (span.exit && (span.exit.at < e.at || span.exitIndex! < sigIndex || span.exit.at <= e.at + CLOCK_SLACK)) continue;
          return violation({
            at: e.at,
            container: sidecar,
            expected: `SIGTERM to ${sidecar} after ${holder} exited, or once the grace ran out at ${formatMs(graceRunsOut)}`,
            observed: span.exit ? `${holder} exited only at ${formatMs(span.exit.at)}` : `${holder} still running`,
            message: `sidecar ${sidecar} was signalled before ${holder} had exited`,
          });
        }
      }
    }
    return PASS;
  },
};

function runningAt(span: InstanceSpan, index: number): boolean {
  return span.startIndex < index && (span.exitIndex === undefined || span.exitIndex > index);
}
