import type { Container } from '../../../specs/model/pod-manifest.js';
import type { Coroutine } from '../engine/latch.js';
import { findExitedRecord, findRecord, type RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import { goDuration } from '../status/go-format.js';
import { ensureImageExists } from './ensure-image-exists.js';
import { killContainer } from './kill-container.js';
import { runHook } from './run-hook.js';
import type { Kubelet } from './kubelet.js';
import type { StartResult } from './reason-cache.js';

/** kuberuntime GetStableKey: an image change gives a fresh backoff key (R4.4). */
export function backoffKey(k: Kubelet, container: Container): string {
  const known = k.backoffKeys.get(container.name);
  if (known?.image === container.image) return known.key;
  const key = `${k.ctx.api.name}_${k.ctx.api.namespace}_${k.ctx.api.uid}_${container.name}_${container.image}`;
  k.backoffKeys.set(container.name, { image: container.image, key });
  return key;
}

/** Whether doBackOff would hold this container back now (asks, changes nothing). */
export function backOffHolds(k: Kubelet, container: Container, podStatus: RuntimePodStatus): boolean {
  const exited = findExitedRecord(podStatus, container.name);
  return exited !== undefined && k.crashLoopBackOff.isInBackOffSince(backoffKey(k, container), exited.finishedAt!, k.ctx.scheduler.now);
}

/**
 * R4.4 — kuberuntime_manager.go `doBackOff`, against the newest exited record the sync saw:
 * the start error while the crash-loop back-off holds, else nothing (and the back-off steps
 * on, as `doBackOff` calls `Next` before the start is attempted).
 */
export function doBackOff(k: Kubelet, container: Container, podStatus: RuntimePodStatus): StartResult | undefined {
  if (backOffHolds(k, container, podStatus)) return backOffRefusal(k, container);
  const exited = findExitedRecord(podStatus, container.name);
  if (exited) k.crashLoopBackOff.next(backoffKey(k, container), exited.finishedAt!, k.ctx.scheduler.now);
  return undefined;
}

/** doBackOff's answer for a container its back-off holds (backOffHolds said so). */
export function backOffRefusal(k: Kubelet, container: Container): StartResult {
  const delay = k.crashLoopBackOff.get(backoffKey(k, container));
  k.ctx.recorder.event({ at: k.ctx.scheduler.now, type: 'BackOff', container: container.name, delay });
  return backOffResult(k, container.name, delay);
}

/** The start result of a container held back with that delay, with the kubelet's message: made once per container and delay (results are never changed). */
function backOffResult(k: Kubelet, name: string, delay: number): StartResult {
  const known = k.backOffResults.get(name);
  if (known?.delay === delay) return known.result;
  const { api } = k.ctx;
  const message = `back-off ${goDuration(delay)} restarting failed container=${name} pod=${api.name}_${api.namespace}(${api.uid})`;
  const result: StartResult = { container: name, error: { reason: 'CrashLoopBackOff', message } };
  k.backOffResults.set(name, { delay, result });
  return result;
}

/**
 * kuberuntime_manager.go SyncPod's `start` after `doBackOff` + kuberuntime_container.go
 * `startContainer`: the image (R4.3), create and start (restartCount = newest record's + 1,
 * R4.6), then postStart, synchronously (R7.1, R7.2).
 */
export function* startContainer(
  k: Kubelet,
  container: Container,
  podStatus: RuntimePodStatus,
  sandbox: number,
  deletionGracePeriodSeconds: number | null,
): Coroutine<StartResult> {
  const { scheduler, runtime, recorder, options, scenario } = k.ctx;
  const name = container.name;

  const pullError = yield* ensureImageExists(k, container);
  if (pullError) return { container: name, error: pullError };

  if (options.containerStartTime > 0) yield scheduler.sleep(options.containerStartTime);
  const newest = findRecord(podStatus, name);
  const restartCount = k.ctx.rules.nextRestartCount(newest, runtime.restartCountFromLogs(name));
  const record = runtime.start(name, container.image, restartCount, sandbox);

  const postStart = container.lifecycle?.postStart;
  if (postStart) {
    const result = yield* runHook(scheduler, recorder, record, 'postStart', postStart, scenario.containers[name]);
    if (result !== 'Success') {
      yield* killContainer(k, record.id, { reason: 'PostStartHookFailed', deletionGracePeriodSeconds });
      return { container: name, error: { reason: 'PostStartHookError', message: 'PostStartHook failed' } };
    }
  }
  return { container: name };
}
