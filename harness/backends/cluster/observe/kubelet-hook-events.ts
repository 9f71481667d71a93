import { findPodContainer } from '../../../../specs/model/container-role.js';
import type { HookName } from '../../../../specs/model/behaviour.js';
import type { LifecycleHandler } from '../../../../specs/model/pod-manifest.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { TraceEvent, TraceEventOf } from '../../../../specs/model/trace-event.js';
import type { KubeEventOccurrence } from './kube-event.js';
import type { ObservedInstance } from './observed-instance.js';

/** A SIGTERM this much earlier than a `sleep` preStop's end still counts as after it (the kubelet's clock vs the script's). */
const SLEEP_SLACK: Millis = 500;
/** A FailedPostStartHook / FailedPreStopHook Event belongs to the start or kill it follows within this window. */
const FAILURE_EVENT_WINDOW: Millis = 5000;

/**
 * Hooks the kubelet runs itself — `sleep` and `tcpSocket` handlers, kept as declared
 * (R7.3) — leave nothing in the scripts' log. They are derived: a `sleep` postStart
 * runs from the start for its seconds; a `sleep` preStop from the kill to the SIGTERM
 * the script logged (Abandoned if that came before the sleep was over); a `tcpSocket`
 * hook fails at once, which the kubelet confirms with a FailedPostStartHook or
 * FailedPreStopHook Event (without one it is taken to have succeeded).
 */
export function kubeletHookEvents(
  scenario: Scenario,
  instances: ReadonlyMap<string, readonly ObservedInstance[]>,
  kills: readonly TraceEventOf<'ContainerKilling'>[],
  kube: readonly KubeEventOccurrence[],
): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const [container, list] of instances) {
    const lifecycle = findPodContainer(scenario.pod, container)?.spec.lifecycle;
    const postStart = kubeletRun(lifecycle?.postStart);
    const preStop = kubeletRun(lifecycle?.preStop);
    const failed = (reason: string, from: Millis) => kube.some((k) => k.reason === reason && k.container === container && k.at >= from && k.at <= from + FAILURE_EVENT_WINDOW);
    for (const inst of list) {
      const end = inst.exit?.at ?? Infinity;
      if (postStart) {
        const hook = (at: Millis, result: 'Success' | 'Failure') => out.push(...pair(container, 'postStart', inst.startedAt, at, result));
        if (postStart.tcpSocket) hook(inst.startedAt, failed('FailedPostStartHook', inst.startedAt) ? 'Failure' : 'Success');
        else if (postStart.sleep) {
          const done = inst.startedAt + postStart.sleep.seconds * 1000;
          hook(Math.min(done, end), done <= end ? 'Success' : 'Failure');
        }
      }
      if (!preStop) continue;
      const kill = kills.find((k) => k.container === container && k.at >= inst.startedAt && k.at < end && k.gracePeriodSeconds > 0);
      if (!kill) continue;
      if (preStop.tcpSocket) {
        out.push(...pair(container, 'preStop', kill.at, kill.at, failed('FailedPreStopHook', kill.at) ? 'Failure' : 'Success'));
      } else if (preStop.sleep) {
        const sigterm = inst.sigterms.find((t) => t >= kill.at);
        const done = kill.at + preStop.sleep.seconds * 1000;
        // The kubelet sends SIGTERM once the sleep is over: the hook ended just before the signal the script logged.
        if (sigterm !== undefined) out.push(...pair(container, 'preStop', kill.at, Math.max(kill.at, sigterm - 1), sigterm + SLEEP_SLACK >= done ? 'Success' : 'Abandoned'));
        else if (inst.exit) out.push(...pair(container, 'preStop', kill.at, Math.max(kill.at, inst.exit.at), 'Failure'));
      }
    }
  }
  return out;
}

function kubeletRun(handler: LifecycleHandler | undefined): LifecycleHandler | undefined {
  return handler && !handler.exec && !handler.httpGet && (handler.sleep || handler.tcpSocket) ? handler : undefined;
}

function pair(container: string, hook: HookName, from: Millis, to: Millis, result: 'Success' | 'Failure' | 'Abandoned'): TraceEvent[] {
  return [{ at: from, type: 'HookStarted', container, hook }, { at: to, type: 'HookFinished', container, hook, result }];
}
