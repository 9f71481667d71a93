import type { Scenario } from '../../specs/model/scenario.js';
import type { ApiServer } from './control-plane/api-server.js';
import type { NodeLifecycleController } from './control-plane/node-lifecycle-controller.js';
import type { Scheduler } from './engine/scheduler.js';
import type { ContainerRuntime } from './runtime/container-runtime.js';
import type { SimulatorOptions } from './simulator-options.js';
import type { TraceRecorder } from './trace-recorder.js';
import type { KubeletRules } from './rules/kubelet-rules.js';

/** The parts of the simulated cluster that outlive any one kubelet process. */
export interface SimContext {
  readonly scheduler: Scheduler;
  readonly options: SimulatorOptions;
  readonly scenario: Scenario;
  readonly recorder: TraceRecorder;
  readonly api: ApiServer;
  readonly runtime: ContainerRuntime;
  readonly node: NodeLifecycleController;
  /** ImagePullFailure faults in force: container name → until when. */
  readonly unavailableImages: Map<string, number>;
  /** The kubelet's rules: Kubernetes', or a mutant's. */
  readonly rules: KubeletRules;
}
