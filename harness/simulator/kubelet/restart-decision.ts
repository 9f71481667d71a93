import type { Container, PodSpec } from '../../../specs/model/pod-manifest.js';
import type { RecordView } from '../runtime/container-record.js';

/**
 * R4.1 — pkg/kubelet/container/helpers.go `ShouldContainerBeRestarted` (1.34).
 * A dead container is judged by the *pod's* restart policy alone: the container's own
 * `restartPolicy` is read only under the ContainerRestartRules gate, off in 1.34. So a sidecar
 * that exited in a `Never` pod is "not to be restarted" here — which only decides whether its
 * status shows a cached start error as Waiting (kubelet_pods.go convertToAPIContainerStatuses);
 * sidecars are restarted by computeInitContainerActions whatever the pod's policy (R2.8).
 * Given the container's newest record, as the pod status the sync read shows it.
 */
export function shouldRecordBeRestarted(record: RecordView | undefined, spec: PodSpec, deleting: boolean): boolean {
  if (deleting) return false;
  if (!record) return true;
  if (record.state === 'running') return false;
  if (record.state === 'unknown' || record.state === 'created') return true;
  const policy = spec.restartPolicy ?? 'Always';
  if (policy === 'Never') return false;
  if (policy === 'OnFailure' && record.exitCode === 0) return false;
  return true;
}

/** kuberuntime_manager.go `shouldRestartOnFailure` */
export function shouldRestartOnFailure(spec: PodSpec): boolean {
  return (spec.restartPolicy ?? 'Always') !== 'Never';
}

/** kuberuntime_manager.go `containerChanged`: in this model only an image update changes a container's hash. */
export function containerChanged(container: Container, recordImage: string): boolean {
  return container.image !== recordImage;
}
