import { hookOf, type ContainerBehaviour, type HookName } from '../../../specs/model/behaviour.js';
import type { LifecycleHandler } from '../../../specs/model/pod-manifest.js';
import type { Millis } from '../../../specs/model/time.js';
import type { HookResult } from '../../../specs/model/trace-event.js';
import { Latch, type Coroutine } from '../engine/latch.js';
import type { Scheduler } from '../engine/scheduler.js';
import type { ContainerRecord } from '../runtime/container-record.js';
import type { TraceRecorder } from '../trace-recorder.js';

/**
 * R7.1–R7.4 — pkg/kubelet/lifecycle/handlers.go `handlerRunner.Run`: an exec or
 * httpGet hook answers as the behaviour says; `sleep` sleeps its seconds; `tcpSocket`
 * fails at once. A hook ends early, failing, if the container exits under it, and is
 * abandoned (not waited for) at `deadline`.
 */
export function* runHook(
  scheduler: Scheduler,
  recorder: TraceRecorder,
  record: ContainerRecord,
  hook: HookName,
  handler: LifecycleHandler,
  behaviour: ContainerBehaviour | undefined,
  deadline: Millis = Infinity,
): Coroutine<HookResult> {
  const start = scheduler.now;
  recorder.event({ at: start, type: 'HookStarted', container: record.name, hook });
  let duration: Millis;
  let result: HookResult;
  if (handler.tcpSocket) {
    duration = 0;
    result = 'Failure';
  } else if (handler.sleep) {
    duration = handler.sleep.seconds * 1000;
    result = 'Success';
  } else {
    const b = hookOf(behaviour, hook);
    duration = b.duration;
    result = b.result;
  }
  const end = Math.min(start + duration, deadline);
  if (end > start) yield Latch.any([scheduler.sleep(end - start), record.exited]);
  let outcome: HookResult = result;
  if (record.state !== 'running' && (record.finishedAt ?? Infinity) < start + duration) outcome = 'Failure';
  else if (start + duration > deadline) outcome = 'Abandoned';
  recorder.event({ at: scheduler.now, type: 'HookFinished', container: record.name, hook, result: outcome });
  return outcome;
}
