import type { ContainerBehaviour, ProbeOutcome, ProbeType } from '../../../specs/model/behaviour.js';
import type { ContainerStatus } from '../../../specs/model/container-status.js';
import type { PodSpec } from '../../../specs/model/pod-manifest.js';
import { isTerminalPhase } from '../../../specs/model/pod-phase.js';
import type { PodStatus } from '../../../specs/model/pod-status.js';
import type { Millis } from '../../../specs/model/time.js';
import type { ProberManagerHost } from '../prober/prober-manager.js';
import type { RuntimeState } from '../runtime/container-record.js';
import type { KubeletRules } from '../rules/kubelet-rules.js';
import type { StatusManagerHost } from '../status/status-manager.js';
import type { Kubelet } from './kubelet.js';

/*
 * What the status manager and the prober see of their kubelet. Classes rather than objects of
 * closures: every kubelet's hosts then share one set of methods, so the calls on the simulator's
 * hottest paths (every probe tick, every status update) stay monomorphic for V8.
 */

export class StatusManagerHostOf implements StatusManagerHost {
  readonly rules: KubeletRules;

  constructor(private readonly k: Kubelet) {
    this.rules = k.ctx.rules;
  }

  now(): Millis {
    return this.k.ctx.scheduler.now;
  }

  spec(): PodSpec {
    return this.k.ctx.api.spec;
  }

  apiStatus(): PodStatus {
    return this.k.ctx.api.status;
  }

  couldHaveRunningContainers(): boolean {
    return this.k.podWorker.couldHaveRunningContainers();
  }

  write(status: PodStatus): void {
    if (this.k.alive()) this.k.ctx.api.writeStatus(status);
  }

  cacheChanged(): void {
    this.k.statusCacheChanged();
  }
}

export class ProberManagerHostOf implements ProberManagerHost {
  constructor(private readonly k: Kubelet) {}

  now(): Millis {
    return this.k.ctx.scheduler.now;
  }

  waitsForStartup(type: ProbeType): boolean {
    return this.k.ctx.rules.probeWaitsForStartup(type);
  }

  after(delay: Millis, action: () => void): void {
    this.k.ctx.scheduler.after(delay, action);
  }

  alive(): boolean {
    return this.k.alive();
  }

  observe(name: string, sidecar: boolean, position: number): ContainerStatus | undefined {
    return this.k.observe(name, sidecar, position);
  }

  podTerminal(): boolean {
    const cached = this.k.statusManager.cachedStatus();
    return cached !== null && isTerminalPhase(cached.phase);
  }

  process(recordId: number): { readonly state: RuntimeState } | undefined {
    // A record leaves the runtime only once its process has exited, so the record itself tells from now on.
    return this.k.ctx.runtime.record(recordId);
  }

  behaviour(name: string): ContainerBehaviour | undefined {
    return this.k.ctx.scenario.containers[name];
  }

  executed(container: string, probe: ProbeType, result: ProbeOutcome): void {
    this.k.ctx.recorder.event({ at: this.k.ctx.scheduler.now, type: 'ProbeResult', container, probe, result });
  }

  resultChanged(_container: string, probe: ProbeType, recordId: number, result: ProbeOutcome): void {
    this.k.probeResultChanged(probe, recordId, result);
  }
}
