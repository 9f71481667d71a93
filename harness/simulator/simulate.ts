import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import { ApiServer } from './control-plane/api-server.js';
import { NodeLifecycleController } from './control-plane/node-lifecycle-controller.js';
import './engine/gc-tuning.js';
import { Scheduler } from './engine/scheduler.js';
import { injectFault } from './faults/inject-fault.js';
import { KubeletSupervisor } from './faults/kubelet-supervisor.js';
import { ContainerRuntime } from './runtime/container-runtime.js';
import type { SimContext } from './sim-context.js';
import { resolveSimulatorOptions, type SimulatorOptions } from './simulator-options.js';
import { TraceRecorder } from './trace-recorder.js';
import { KUBERNETES_RULES, type KubeletRules } from './rules/kubelet-rules.js';

/**
 * Runs one scenario on the reference kubelet model in virtual time and returns what
 * the API and the node showed. The same scenario and options always give the same trace.
 */
export function simulate(scenario: Scenario, overrides: Partial<SimulatorOptions> = {}, rules: KubeletRules = KUBERNETES_RULES): Trace {
  const options = resolveSimulatorOptions(overrides);
  const scheduler = new Scheduler();
  const recorder = new TraceRecorder();
  const api = new ApiServer(scenario.pod, options.namespace, scheduler, recorder);
  const ctx: SimContext = {
    scheduler,
    options,
    scenario,
    recorder,
    api,
    runtime: new ContainerRuntime(scheduler, recorder, scenario.containers),
    node: new NodeLifecycleController(scheduler, options, recorder, api),
    unavailableImages: new Map(),
    rules,
  };
  const supervisor = new KubeletSupervisor(ctx);
  // Faults first: at equal times they come before the kubelet's own work, in file order.
  for (const fault of scenario.faults) scheduler.at(fault.at, () => injectFault(ctx, supervisor, fault));
  supervisor.startKubelet();
  const diverged = scheduler.runUntil(scenario.until);
  const { events, snapshots } = recorder.take();
  releaseRun(ctx, supervisor);
  return {
    scenario: scenario.name,
    backend: 'sim',
    kubernetesVersion: options.kubernetesVersion,
    horizon: diverged ?? scenario.until,
    ...(diverged !== undefined ? { truncated: `the model did not advance past ${diverged} ms (a loop in zero time)` } : {}),
    options: { ...options },
    snapshots,
    events,
  };
}

/**
 * A finished run lets go of everything but its trace. V8 allocates a run's long-lived objects
 * (the kubelet, its managers, the runtime, the scheduler) straight into the old generation,
 * and once the run is over they are garbage that only a full collection finds: until then,
 * every young object they still point to counts as live at each scavenge — the run's whole
 * state — and is copied and promoted, at a cost that grows with every run since the last
 * scavenge. Emptying them costs a few microseconds and takes most of that away.
 */
function releaseRun(ctx: SimContext, supervisor: KubeletSupervisor): void {
  supervisor.release();
  ctx.runtime.release();
  ctx.unavailableImages.clear();
  ctx.scheduler.release();
}
