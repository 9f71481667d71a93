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

/**
 * kuberuntime_manager.go SyncPod's `start` + kuberuntime_container.go `startContainer`:
 * crash-loop backoff (R4.4, `doBackOff` against the newest exited record the sync
 * saw), the image (R4.3), create and start (restartCount = newest record's + 1, R4.6),
 * then postStart, synchronously (R7.1, R7.2).
 */
export function* startContainer(
  k: Kubelet,
  container: Container,
  podStatus: RuntimePodStatus,
  sandbox: number,
  deletionGracePeriodSeconds: number | null,
): Coroutine<StartResult> {
  const { scheduler, runtime, recorder, api, options, scenario } = k.ctx;
  const name = container.name;

  const exited = findExitedRecord(podStatus, name);
  if (exited) {
    const key = backoffKey(k, container);
    if (k.crashLoopBackOff.isInBackOffSince(key, exited.finishedAt!, scheduler.now)) {
      const delay = k.crashLoopBackOff.get(key);
      recorder.event({ at: scheduler.now, type: 'BackOff', container: name, delay });
      const message = `back-off ${goDuration(delay)} restarting failed container=${name} pod=${api.name}_${api.namespace}(${api.uid})`;
      return { container: name, error: { reason: 'CrashLoopBackOff', message } };
    }
    k.crashLoopBackOff.next(key, exited.finishedAt!, scheduler.now);
  }

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
