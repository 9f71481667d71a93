import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import { SOURCES } from '../citations.js';
import {
  containerEvents,
  containerNames,
  formatMs,
  instanceSpans,
  kubeletDown,
  kubeletRestarts,
  overlaps,
  runningAtIndex,
  spanAtIndex,
} from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 0,
  late: 2000,
  why:
    'killContainer takes whole seconds of the preStop off the grace before the sidecar’s turn is waited for, so the two waits together may run up to 1 s past the deadline; ' +
    '±1 s for recorded times',
};

/**
 * R5.3 step 2–3, E14: killContainer waits for the preStop hook at most the grace period
 * (executePreStopHook: a hook still running is abandoned, not waited for), and a
 * sidecar's turn only for what remains of it. So whatever the preStop does, the stop
 * signal for a kill with grace G comes no later than G after the kill (within the
 * tolerance), and a preStop that started with the kill is over — finished or abandoned —
 * by then. A kubelet stopped or restarted in between starts termination afresh (R5.11),
 * and a later kill of the same instance — a deletion cancels the sync running a probe or
 * spec-change kill (pod_workers.go UpdatePod: cancelFn), a second delete shortens the
 * grace — starts over with its own grace: those are not asserted against the first kill.
 */
export const prestopBoundedByGrace: Invariant = {
  id: 'hooks/prestop-bounded-by-grace',
  title: 'A preStop hook never delays SIGTERM past the kill’s grace period',
  citation: { rule: 'R5.3', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer, executePreStopHook', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  check(trace, scenario) {
    const down = kubeletDown(trace);
    const restarts = kubeletRestarts(trace);
    for (const name of containerNames(scenario)) {
      const spans = instanceSpans(trace, name);
      const sigterms = containerEvents(trace, 'SignalSent', name).filter((s) => s.event.signal === 'SIGTERM');
      const hooks = containerEvents(trace, 'HookStarted', name).filter((h) => h.event.hook === 'preStop');
      const ends = containerEvents(trace, 'HookFinished', name).filter((h) => h.event.hook === 'preStop');
      const kills = containerEvents(trace, 'ContainerKilling', name);
      for (const kill of kills) {
        const span = spanAtIndex(spans, kill.index);
        if (!span || !runningAtIndex(span, kill.index)) continue;
        const deadline: Millis = kill.event.at + Math.max(kill.event.gracePeriodSeconds, 0) * 1000 + TOLERANCE.late;
        if (overlaps(down, kill.event.at, deadline) || restarts.some((t) => t >= kill.event.at && t <= deadline)) continue;
        const inSpan = (index: number) => index > kill.index && (span.exitIndex === undefined || index < span.exitIndex);
        const term = sigterms.find((s) => inSpan(s.index));
        // A later kill of the same instance before the signal (pod termination cancelling the sync that ran this
        // kill, or a shorter grace) starts over with its own grace; it is checked on its own.
        const superseded = kills.some((k) => inSpan(k.index) && (!term || k.index < term.index) && k.event.at <= deadline);
        if (superseded) continue;
        const exitedFirst = span.exit !== undefined && span.exit.at <= deadline && (!term || term.index > span.exitIndex!);
        if (!exitedFirst && (term ? term.event.at > deadline : trace.horizon >= deadline)) {
          return violation({
            at: term?.event.at ?? deadline,
            container: name,
            expected: `SIGTERM by ${formatMs(deadline)} (kill at ${formatMs(kill.event.at)} with grace ${kill.event.gracePeriodSeconds} s)`,
            observed: term ? `SIGTERM at ${formatMs(term.event.at)}` : 'no SIGTERM while the container kept running',
            message: `${name}'s stop signal was held past the grace period`,
          });
        }
        const hook = hooks.find((h) => inSpan(h.index) && h.event.at <= kill.event.at + 1000);
        const end = hook && ends.find((e) => e.index > hook.index);
        if (hook && end && end.event.at > deadline) {
          return violation({
            at: end.event.at,
            container: name,
            expected: `the preStop over (finished or abandoned) by ${formatMs(deadline)}`,
            observed: `preStop ${end.event.result} at ${formatMs(end.event.at)}`,
            message: `${name}'s preStop hook was waited for past the grace period`,
          });
        }
      }
    }
    return PASS;
  },
};
