import { PASS, violation, type Invariant, type Tolerance } from '../../invariant.js';
import type { Millis } from '../../model/time.js';
import type { Trace } from '../../model/trace.js';
import { SOURCES } from '../citations.js';
import { containerNames, formatMs, instancesOf } from '../trace-view.js';

const TOLERANCE: Tolerance = {
  early: 1000,
  late: 17_000,
  why: 'API timestamps have whole seconds; the pod worker re-syncs 10–15 s after a sync that hit the back-off (backOffPeriod with 50% jitter) and the PLEG relists every second',
};

/**
 * R4.3, R4.4, E5, E6: the first restart after an exit is immediate; each later one waits
 * 10 s, doubling, capped at 300 s, counted from the exit; the delay starts over only when
 * the container ran more than 600 s. A kubelet restart (its back-off lives in memory) or an
 * image change (a new back-off key) starts over too. Restarts that follow a kill by the
 * kubelet (probe, spec change, postStart) are restarted in the same sync and are not
 * asserted, nor is anything after them for that container.
 */
export const crashLoopBackOff: Invariant = {
  id: 'restart/crash-loop-back-off',
  title: 'Restarts after exits wait 0, 10, 20, 40 … 300 s, starting over after 600 s of running',
  citation: { rule: 'R4.4', source: 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff; client-go flowcontrol/backoff.go', url: SOURCES.runtimeManager },
  level: 'must',
  kind: 'timing',
  tolerance: TOLERANCE,
  check(trace, scenario) {
    const o = trace.options;
    const resets = kubeletRestarts(trace);
    const newSandboxes = trace.events.filter((e) => e.type === 'SandboxCreated' && e.attempt > 0).map((e) => e.at);
    const init = new Set((scenario.pod.spec.initContainers ?? []).map((c) => c.name));
    for (const name of containerNames(scenario)) {
      const instances = instancesOf(trace, name);
      const kills = trace.events.filter((e) => e.type === 'ContainerKilling' && e.container === name).map((e) => e.at);
      const imageChanges = trace.events
        .filter((e) => e.type === 'FaultInjected' && e.outcome === 'applied' && e.fault.type === 'UpdateImage' && e.fault.container === name)
        .map((e) => e.at);
      let entry: { backoff: Millis; lastUpdate: Millis } | undefined;
      for (let i = 1; i < instances.length; i++) {
        const [prev, next] = [instances[i - 1]!, instances[i]!];
        if (!prev.exit) break;
        if (kills.some((t) => t >= prev.startedAt && t <= prev.exit!.at)) break;
        const between = (t: Millis) => t > prev.startedAt && t <= next.startedAt;
        if (resets.some(between)) {
          // The new kubelet starts it when it comes up. Its first start records a back-off entry
          // (doBackOff → Next) only if it still sees the exited instance: init containers and
          // sidecars purged with a re-created sandbox (R2.5, purgeInitContainers) leave none.
          const purged = init.has(name) && newSandboxes.some(between);
          entry = purged ? undefined : { backoff: o.crashLoopBackOffInitial, lastUpdate: next.startedAt };
          continue;
        }
        if (imageChanges.some(between)) entry = undefined;
        const exitAt = prev.exit.at;
        const expired = entry !== undefined && exitAt - entry.lastUpdate > o.crashLoopBackOffReset;
        const delay = entry === undefined || expired ? 0 : entry.backoff;
        const actual = next.startedAt - exitAt;
        if (actual < delay - TOLERANCE.early || actual > delay + TOLERANCE.late) {
          return violation({
            at: next.startedAt,
            container: name,
            expected: `restart ${formatMs(delay)} after the exit at ${formatMs(exitAt)} (restart #${next.restartCount})`,
            observed: `restarted ${formatMs(actual)} after it`,
            message: `${name}: crash-loop back-off ${actual < delay ? 'not respected' : 'longer than the rule allows'}`,
          });
        }
        entry = entry === undefined || expired
          ? { backoff: o.crashLoopBackOffInitial, lastUpdate: next.startedAt }
          : { backoff: Math.min(entry.backoff * 2, o.crashLoopBackOffMax), lastUpdate: next.startedAt };
      }
    }
    return PASS;
  },
};

/** Times a new kubelet process started (its back-off table is empty). */
function kubeletRestarts(trace: Trace): Millis[] {
  return trace.events
    .filter((e) => e.type === 'FaultInjected' && e.outcome === 'applied' && (e.fault.type === 'NodeUp' || e.fault.type === 'NodeReboot'))
    .map((e) => e.at);
}
