import { PatchStrategy, setHeaderOptions, type CoreV1Api } from '@kubernetes/client-node';
import { assertNever } from '../../../../specs/model/assert-never.js';
import { findPodContainer } from '../../../../specs/model/container-role.js';
import type { Fault } from '../../../../specs/model/fault.js';
import type { Scenario } from '../../../../specs/model/scenario.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { FaultOutcome, TraceEvent } from '../../../../specs/model/trace-event.js';
import type { NodeHandle } from '../cluster-provider.js';
import { NodeCommandError } from '../node-command-error.js';
import { v1PodDeletionGrace } from '../observe/v1-pod-to-snapshot.js';
import { imageRefFor, type ImagePlan } from '../translate/image-plan.js';
import { apiFailure } from './api-failure.js';
import type { ImageAvailability } from './image-availability.js';
import { kubeletActive, NOT_RUNNING_EXIT, rebootPod, removeContainerWithCrictl, removeContainerWithCtr, signalContainer, startKubelet, stopKubelet } from './node-scripts.js';
import { runOnNode } from './run-on-node.js';

export interface FaultTarget {
  api: CoreV1Api;
  node: NodeHandle;
  namespace: string;
  podName: string;
  podUid: string;
  scenario: Scenario;
  images: ImagePlan;
  /** Undefined where podlife cannot reach the node: a reference absent from the start stays absent. */
  availability: ImageAvailability | undefined;
  /** The node has crictl (kind); the offline image does not. */
  crictl: boolean;
  /** Records DeletionRequested as the API answered it. */
  record(event: TraceEvent): void;
  /** The grace period of the deletion the API shows now, if one is pending. */
  pendingDeletionGrace(): number | null;
}

export interface InjectionOutcome {
  outcome: FaultOutcome;
  detail?: string;
}

/**
 * Carries out one fault on a real cluster: through the API where Kubernetes offers a
 * way (delete, spec updates), on the node otherwise. The outcome says what became of
 * it, as the simulator's does: `rejected` when the API refused it (with its message),
 * `ignored` when there was nothing to act on.
 */
export class FaultInjector {
  /** Each container's image as the scenario names it, after the UpdateImage faults so far. */
  private readonly images = new Map<string, string>();

  constructor(private readonly t: FaultTarget) {
    for (const c of [...(t.scenario.pod.spec.initContainers ?? []), ...t.scenario.pod.spec.containers]) this.images.set(c.name, c.image);
  }

  /** `at`: when the injection began (trace time), which the outcome's events carry. */
  async inject(fault: Fault, at: Millis): Promise<InjectionOutcome> {
    switch (fault.type) {
      case 'DeletePod':
        return this.deletePod(fault.gracePeriodSeconds, fault.force ?? false, at);
      case 'KillContainer':
        return this.signal(fault.container, 'SIGKILL');
      case 'OOMKill':
        return this.signal(fault.container, 'SIGUSR1');
      case 'RemoveContainer':
        return this.nodeScriptOnContainer(fault.container, this.t.crictl ? removeContainerWithCrictl(this.t.podUid, fault.container) : removeContainerWithCtr(this.t.podUid, fault.container));
      case 'ImagePullFailure':
        await this.t.availability?.makeAbsent(fault.container);
        return { outcome: 'applied' };
      case 'NodeDown':
        if ((await this.t.node.exec(kubeletActive())).exitCode !== 0) return { outcome: 'ignored', detail: 'the kubelet is already down' };
        await runOnNode(this.t.node, stopKubelet());
        return { outcome: 'applied' };
      case 'NodeUp':
        if ((await this.t.node.exec(kubeletActive())).exitCode === 0) return { outcome: 'ignored', detail: 'the kubelet is already up' };
        await runOnNode(this.t.node, startKubelet());
        return { outcome: 'applied' };
      case 'NodeReboot':
        await runOnNode(this.t.node, rebootPod(this.t.podUid));
        return { outcome: 'applied' };
      case 'UpdateImage':
        return this.updateImage(fault.container, fault.image);
      case 'SetActiveDeadline':
        return this.patch([{ op: 'add', path: '/spec/activeDeadlineSeconds', value: fault.seconds }]);
      default:
        return assertNever(fault);
    }
  }

  /** Where ImagePullFailure's `until` comes: the image is there again. */
  async restoreImage(container: string): Promise<void> {
    await this.t.availability?.makePresent(container);
  }

  private async deletePod(gracePeriodSeconds: number | undefined, force: boolean, at: Millis): Promise<InjectionOutcome> {
    const before = this.t.pendingDeletionGrace();
    const requested = force ? 0 : gracePeriodSeconds;
    try {
      const pod = await this.t.api.deleteNamespacedPod({
        name: this.t.podName,
        namespace: this.t.namespace,
        ...(requested !== undefined ? { gracePeriodSeconds: requested } : {}),
      });
      // A response without a pending deletion means the object went at once (grace 0: forced, or a terminal pod, R5.1).
      const grace = v1PodDeletionGrace(pod) ?? 0;
      if (before !== null && grace >= before) return { outcome: 'ignored', detail: `graceful deletion already pending with ${before}s; grace only shrinks` };
      this.t.record({ at, type: 'DeletionRequested', by: 'user', gracePeriodSeconds: grace, force });
      return { outcome: 'applied' };
    } catch (error) {
      const { code, message } = apiFailure(error);
      if (code === 404) return { outcome: 'ignored', detail: 'the pod no longer exists' };
      if (code === 422 || code === 409) return { outcome: 'rejected', detail: message };
      throw error;
    }
  }

  private async signal(container: string, signal: 'SIGKILL' | 'SIGUSR1'): Promise<InjectionOutcome> {
    return this.nodeScriptOnContainer(container, signalContainer(this.t.podUid, container, signal));
  }

  private async nodeScriptOnContainer(container: string, command: readonly string[]): Promise<InjectionOutcome> {
    const result = await this.t.node.exec(command);
    if (result.exitCode === NOT_RUNNING_EXIT) return { outcome: 'ignored', detail: `${container} is not running` };
    if (result.exitCode !== 0) throw new NodeCommandError(command, result.exitCode, `${result.stdout}\n${result.stderr}`);
    return { outcome: 'applied' };
  }

  private async updateImage(container: string, image: string): Promise<InjectionOutcome> {
    const spec = findPodContainer(this.t.scenario.pod, container);
    if (!spec) return { outcome: 'rejected', detail: `no container named ${container}` };
    if (this.images.get(container) === image) return { outcome: 'ignored', detail: 'same image' };
    const field = spec.role === 'regular' ? 'containers' : 'initContainers';
    const outcome = await this.patch([{ op: 'replace', path: `/spec/${field}/${spec.index}/image`, value: imageRefFor(this.t.images, container, image) }]);
    if (outcome.outcome === 'applied') this.images.set(container, image);
    return outcome;
  }

  private async patch(body: object[]): Promise<InjectionOutcome> {
    try {
      await this.t.api.patchNamespacedPod({ name: this.t.podName, namespace: this.t.namespace, body }, setHeaderOptions('Content-Type', PatchStrategy.JsonPatch));
      return { outcome: 'applied' };
    } catch (error) {
      const { code, message } = apiFailure(error);
      if (code === 404) return { outcome: 'ignored', detail: 'the pod no longer exists' };
      if (code === 422 || code === 400 || code === 409) return { outcome: 'rejected', detail: message };
      throw error;
    }
  }
}
