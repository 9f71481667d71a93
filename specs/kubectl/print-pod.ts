import { isSidecar } from '../model/container-role.js';
import type { ContainerStatus } from '../model/container-status.js';
import type { PodSpec } from '../model/pod-manifest.js';
import type { PodStatus } from '../model/pod-status.js';
import type { Millis } from '../model/time.js';

/** What `kubectl get pod` shows in its READY, STATUS and RESTARTS columns. */
export interface PrintedPod {
  ready: string;
  status: string;
  restarts: number;
  /** finishedAt of the newest lastState, for RESTARTS' "(Xs ago)". */
  lastRestartAt: Millis | null;
}

/**
 * R11 — pkg/printers/internalversion/printers.go `printPod` (computed server-side by
 * kube-apiserver's table printer).
 */
export function printPod(spec: PodSpec, status: PodStatus, deletionTimestamp: Millis | null): PrintedPod {
  let reason = status.reason || status.phase;
  if (status.conditions.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';
  const inits = spec.initContainers ?? [];
  const sidecars = new Set(inits.filter(isSidecar).map((c) => c.name));
  const total = spec.containers.length + sidecars.size;
  let ready = 0;
  // printPod sums restartCounts as its init loop goes: the statuses after the one it stops at
  // (the first init container not done) are not counted — a real API server shows it (R11).
  const allRestarts = new RestartTally();
  const sidecarRestarts = new RestartTally();

  let initializing = false;
  for (let i = 0; i < status.initContainerStatuses.length; i++) {
    const s = status.initContainerStatuses[i]!;
    allRestarts.add(s);
    if (sidecars.has(s.name)) sidecarRestarts.add(s);
    const t = s.state.terminated;
    if (t && t.exitCode === 0) continue;
    if (sidecars.has(s.name) && s.started) {
      if (s.ready) ready++;
      continue;
    }
    if (t) {
      reason = t.reason ? `Init:${t.reason}` : t.signal ? `Init:Signal:${t.signal}` : `Init:ExitCode:${t.exitCode}`;
    } else if (s.state.waiting?.reason && s.state.waiting.reason !== 'PodInitializing') {
      reason = `Init:${s.state.waiting.reason}`;
    } else {
      reason = `Init:${i}/${inits.length}`;
    }
    initializing = true;
    break;
  }

  const initialized = status.conditions.some((c) => c.type === 'Initialized' && c.status === 'True');
  let restarts = allRestarts;
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    let hasRunning = false;
    for (let i = status.containerStatuses.length - 1; i >= 0; i--) {
      const s = status.containerStatuses[i]!;
      restarts.add(s);
      if (s.state.waiting?.reason) reason = s.state.waiting.reason;
      else if (s.state.terminated?.reason) reason = s.state.terminated.reason;
      else if (s.state.terminated) reason = s.state.terminated.signal ? `Signal:${s.state.terminated.signal}` : `ExitCode:${s.state.terminated.exitCode}`;
      else if (s.ready && s.state.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = status.conditions.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }

  if (deletionTimestamp !== null && status.reason === 'NodeLost') reason = 'Unknown';
  else if (deletionTimestamp !== null && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';
  return { ready: `${ready}/${total}`, status: reason, restarts: restarts.count, lastRestartAt: restarts.lastRestartAt };
}

/** RESTARTS: a sum of restartCounts, and the newest lastState finishedAt for "(Xs ago)". */
class RestartTally {
  count = 0;
  lastRestartAt: Millis | null = null;

  add(s: ContainerStatus): void {
    this.count += s.restartCount;
    const finished = s.lastState.terminated?.finishedAt ?? null;
    if (finished !== null && (this.lastRestartAt === null || finished > this.lastRestartAt)) this.lastRestartAt = finished;
  }
}
