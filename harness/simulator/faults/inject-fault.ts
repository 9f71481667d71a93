import { assertNever } from '../../../specs/model/assert-never.js';
import type { ScheduledFault } from '../../../specs/model/fault.js';
import type { ChangeOutcome } from '../control-plane/api-server.js';
import type { ContainerRecord } from '../runtime/container-record.js';
import type { SimContext } from '../sim-context.js';
import type { KubeletSupervisor } from './kubelet-supervisor.js';

/**
 * Carries out one scheduled fault and records what became of it — before its effects in
 * the trace: a fault's consequences can follow within the same call (a removed container's
 * exit lets the kill waiting on it go on and the sync start the next instance), and trace
 * order is what tells apart events of the same millisecond.
 */
export function injectFault(ctx: SimContext, supervisor: KubeletSupervisor, fault: ScheduledFault): void {
  const position = ctx.recorder.nextEventPosition;
  const outcome = apply(ctx, supervisor, fault);
  const { at: _at, ...rest } = fault;
  ctx.recorder.eventAt(position, { at: ctx.scheduler.now, type: 'FaultInjected', fault: rest, outcome: outcome.outcome, ...(outcome.detail ? { detail: outcome.detail } : {}) });
}

function apply(ctx: SimContext, supervisor: KubeletSupervisor, fault: ScheduledFault): ChangeOutcome {
  switch (fault.type) {
    case 'DeletePod':
      return ctx.api.requestDeletion('user', fault.gracePeriodSeconds, fault.force ?? false);
    case 'KillContainer':
      return killProcess(ctx, fault.container, 137, 'Error');
    case 'OOMKill':
      return killProcess(ctx, fault.container, 137, 'OOMKilled');
    case 'ImagePullFailure':
      ctx.unavailableImages.set(fault.container, fault.until ?? Infinity);
      return { outcome: 'applied' };
    case 'NodeDown':
      return supervisor.stopKubelet() ? { outcome: 'applied' } : { outcome: 'ignored', detail: 'the kubelet is already down' };
    case 'NodeUp':
      return supervisor.startKubelet() ? { outcome: 'applied' } : { outcome: 'ignored', detail: 'the kubelet is already up' };
    case 'NodeReboot':
      supervisor.reboot();
      return { outcome: 'applied' };
    case 'UpdateImage':
      return ctx.api.updateImage(fault.container, fault.image);
    case 'SetActiveDeadline':
      return ctx.api.setActiveDeadline(fault.seconds);
    case 'RemoveContainer': {
      const record = ctx.runtime.running().find((r) => r.name === fault.container);
      if (!record) return { outcome: 'ignored', detail: `${fault.container} is not running` };
      ctx.runtime.forceRemove(record);
      return { outcome: 'applied' };
    }
    default:
      return assertNever(fault);
  }
}

function killProcess(ctx: SimContext, container: string, exitCode: number, reason: 'Error' | 'OOMKilled'): ChangeOutcome {
  const record: ContainerRecord | undefined = ctx.runtime.running().find((r) => r.name === container);
  if (!record) return { outcome: 'ignored', detail: `${container} is not running` };
  ctx.runtime.kill(record, exitCode, reason);
  return { outcome: 'applied' };
}
