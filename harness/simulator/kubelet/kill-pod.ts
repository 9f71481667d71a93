import { isSidecar } from '../../../specs/model/container-role.js';
import { Latch, type Coroutine } from '../engine/latch.js';
import type { RuntimePodStatus } from '../runtime/runtime-pod-status.js';
import { killContainer, type KillOptions } from './kill-container.js';
import type { Kubelet } from './kubelet.js';

/**
 * R2.12, R2.13, R5.5, R5.7 — kuberuntime_manager.go `killPodWithSyncResult`: every
 * running container is killed concurrently (sidecars in reverse order, after the
 * regular containers), then the sandbox is stopped.
 */
export function* killPod(
  k: Kubelet,
  alive: () => boolean,
  runtimeStatus: RuntimePodStatus,
  options: KillOptions,
): Coroutine {
  const { scheduler, runtime, api } = k.ctx;
  const running = runtimeStatus.containers.filter((c) => c.state === 'running');
  const names = new Set(running.map((c) => c.name));
  // Nothing running holds nobody up: no ordering to keep.
  const ordering = running.length > 0 && (api.spec.initContainers ?? []).some(isSidecar) ? k.ctx.rules.terminationOrdering(api.spec, names) : undefined;
  const kills = running.map((c) =>
    scheduler.spawn(
      killContainer(k, c.id, options, ordering),
      alive,
    ),
  );
  yield Latch.all(kills);
  runtime.stopSandboxes();
}
