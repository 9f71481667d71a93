import { PASS, violation, type Invariant } from '../../invariant.js';
import { findPodContainer } from '../../model/container-role.js';
import { SOURCES } from '../citations.js';
import { containerEvents, containerNames, formatMs, instanceSpans, runningAtIndex, spanAtIndex } from '../trace-view.js';

/**
 * R5.3 step 2, R2.13: killContainer runs the preStop hook first and sends the stop signal
 * only when it returned (or was abandoned at the grace deadline); for a sidecar the turn
 * comes after the hook too. So for a container with a preStop, the SIGTERM that follows a
 * kill of a running instance with a grace period > 0 comes after a preStop started since
 * that kill, and after that hook finished. (With grace 0 — a probe or spec-change kill
 * of a pod whose terminationGracePeriodSeconds is 0 — killContainer skips the hook.)
 */
export const prestopBeforeSigterm: Invariant = {
  id: 'termination/prestop-before-sigterm',
  title: 'A container with a preStop hook gets SIGTERM only after the hook has finished',
  citation: { rule: 'R5.3', source: 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer, executePreStopHook', url: SOURCES.runtimeContainer },
  level: 'must',
  kind: 'safety',
  appliesTo(scenario) {
    return containerNames(scenario).some((c) => findPodContainer(scenario.pod, c)?.spec.lifecycle?.preStop)
      ? true
      : { skip: 'no container has a preStop hook' };
  },
  check(trace, scenario) {
    for (const name of containerNames(scenario)) {
      if (!findPodContainer(scenario.pod, name)?.spec.lifecycle?.preStop) continue;
      const spans = instanceSpans(trace, name);
      const kills = containerEvents(trace, 'ContainerKilling', name);
      const started = containerEvents(trace, 'HookStarted', name).filter((h) => h.event.hook === 'preStop');
      const finished = containerEvents(trace, 'HookFinished', name).filter((h) => h.event.hook === 'preStop');
      for (const term of containerEvents(trace, 'SignalSent', name).filter((s) => s.event.signal === 'SIGTERM')) {
        const span = spanAtIndex(spans, term.index);
        if (!span) continue;
        const kill = [...kills].reverse().find((k) => k.index < term.index && k.index > span.startIndex);
        if (!kill || kill.event.gracePeriodSeconds <= 0 || !runningAtIndex(span, kill.index)) continue;
        const hook = started.find((h) => h.index > kill.index && h.index < term.index);
        const done = hook && finished.find((f) => f.index > hook.index && f.index < term.index);
        if (!hook || !done) {
          return violation({
            at: term.event.at,
            container: name,
            expected: `SIGTERM after the preStop hook of the kill at ${formatMs(kill.event.at)} has finished`,
            observed: hook ? `SIGTERM at ${formatMs(term.event.at)} while the preStop started at ${formatMs(hook.event.at)} still ran` : `SIGTERM at ${formatMs(term.event.at)} with no preStop run since the kill`,
            message: `${name} was signalled before its preStop hook ${hook ? 'finished' : 'ran'}`,
          });
        }
      }
    }
    return PASS;
  },
};
