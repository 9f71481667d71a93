import type { ConditionStatus } from '../../../specs/model/pod-condition.js';
import type { Toleration } from '../../../specs/model/pod-manifest.js';
import type { Scheduler } from '../engine/scheduler.js';
import type { SimulatorOptions } from '../simulator-options.js';
import type { TraceRecorder } from '../trace-recorder.js';
import type { ApiServer } from './api-server.js';

export const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable:NoExecute';
const UNREACHABLE_KEY = 'node.kubernetes.io/unreachable';

/**
 * R10.1–R10.5 — the node lifecycle controller and the taint-eviction controller for our
 * one node: the kubelet's heartbeat stops → after the node-monitor grace period the node
 * is Ready=Unknown, the pod's Ready condition goes False (phase untouched), the node is
 * tainted unreachable:NoExecute, and the pod is evicted after its toleration; a returning
 * kubelet clears all of that and cancels a pending eviction.
 */
export class NodeLifecycleController {
  ready: ConditionStatus = 'True';
  private heartbeat = true;
  private token = 0;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly options: SimulatorOptions,
    private readonly recorder: TraceRecorder,
    private readonly api: ApiServer,
  ) {}

  kubeletStopped(): void {
    this.heartbeat = false;
    const token = ++this.token;
    this.scheduler.after(this.options.nodeMonitorGracePeriod, () => {
      if (token === this.token && !this.heartbeat) this.nodeUnreachable(token);
    });
  }

  kubeletStarted(): void {
    this.heartbeat = true;
    this.token++;
    if (this.ready === 'True') return;
    this.ready = 'True';
    const now = this.scheduler.now;
    this.recorder.event({ at: now, type: 'NodeReadyChanged', status: 'True' });
    this.recorder.event({ at: now, type: 'NodeTaintRemoved', taint: UNREACHABLE_TAINT });
  }

  private nodeUnreachable(token: number): void {
    const now = this.scheduler.now;
    this.ready = 'Unknown';
    this.recorder.event({ at: now, type: 'NodeReadyChanged', status: 'Unknown' });
    // MarkPodsNotReady: only the Ready condition's status changes (controller_utils.go).
    const ready = this.api.status.conditions.find((c) => c.type === 'Ready');
    if (ready && ready.status !== 'False') {
      this.api.setCondition({ type: 'Ready', status: 'False', ...(ready.reason ? { reason: ready.reason } : {}), ...(ready.message ? { message: ready.message } : {}) });
    }
    this.recorder.event({ at: now, type: 'NodeTaintAdded', taint: UNREACHABLE_TAINT });
    const seconds = tolerationSeconds(this.api.spec.tolerations ?? [], this.options.defaultTolerationSeconds);
    if (seconds === undefined) return;
    this.scheduler.after(Math.max(seconds, 0) * 1000, () => {
      if (token !== this.token || this.api.removed || this.api.deletionTimestamp !== null) return;
      // taint_eviction.go addConditionAndDeletePod
      this.api.setCondition({ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' });
      this.api.requestDeletion('taint-eviction', undefined, false);
    });
  }
}

/**
 * R10.4, R10.5 — taint_eviction.go: the first toleration in spec order that tolerates the
 * taint decides (v1helper.GetMatchingTolerations stops at the first match); no
 * tolerationSeconds means for ever (getMinTolerationTime). A pod that did not tolerate the
 * taint got the DefaultTolerationSeconds admission plugin's toleration.
 */
export function tolerationSeconds(tolerations: readonly Toleration[], defaultSeconds: number): number | undefined {
  const first = tolerations.find(
    (t) =>
      (t.effect === undefined || t.effect === 'NoExecute') &&
      ((t.operator === 'Exists' && (t.key === undefined || t.key === '' || t.key === UNREACHABLE_KEY)) || (t.key === UNREACHABLE_KEY && (t.operator ?? 'Equal') === 'Equal' && !t.value)),
  );
  if (!first) return defaultSeconds;
  if (first.tolerationSeconds === undefined) return undefined;
  return Math.max(first.tolerationSeconds, 0);
}
