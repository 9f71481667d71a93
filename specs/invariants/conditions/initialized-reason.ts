import { PASS, violation, type Invariant, type Violation } from '../../invariant.js';
import { isTerminalPhase } from '../../model/pod-phase.js';
import type { PodStatus } from '../../model/pod-status.js';
import type { Scenario } from '../../model/scenario.js';
import { SOURCES } from '../citations.js';
import { conditionOf, namesOfRole, statusOf } from '../trace-view.js';

/**
 * R6.4: GeneratePodInitializedCondition answers True when every init container is initialized
 * (regular: `ready`, i.e. exited 0; sidecar: `started`), or when any regular container is running
 * or terminated (the pod initialized before), or with reason PodCompleted when the phase it is
 * generated for is Succeeded; otherwise False with reason ContainersNotInitialized (or
 * UnknownContainerStatuses when there are no statuses). A pod without init containers is
 * therefore always Initialized. Checked against the statuses of the same snapshot, which
 * generateAPIPodStatus writes together — except: in a terminal phase (TerminatePod rewrites
 * container states without regenerating conditions), and a sidecar's `started` turning true
 * (SetContainerStartup does not regenerate the condition), so a sidecar alone never makes
 * False inconsistent.
 */
export const initializedReason: Invariant = {
  id: 'conditions/initialized-reason',
  title: 'Initialized agrees with the init and regular container statuses, with reason ContainersNotInitialized when False',
  citation: { rule: 'R6.4', source: 'pkg/kubelet/status/generate.go GeneratePodInitializedCondition', url: SOURCES.statusGenerate },
  level: 'must',
  kind: 'safety',
  check(trace, scenario) {
    for (const s of trace.snapshots) {
      const c = conditionOf(s.status, 'Initialized');
      if (!c) continue;
      const v = judge(s.status, c.status, c.reason, scenario);
      if (v) return violation({ at: s.at, ...v });
    }
    return PASS;
  },
};

function judge(status: PodStatus, value: string, reason: string | undefined, scenario: Scenario): Omit<Violation, 'ok' | 'at'> | undefined {
  const hasInits = (scenario.pod.spec.initContainers ?? []).length > 0;
  if (value === 'False' && !hasInits) {
    return { expected: 'Initialized True: the pod has no init containers', observed: 'Initialized False', message: 'a pod without init containers is not Initialized' };
  }
  if (value === 'False' && reason !== 'ContainersNotInitialized' && reason !== 'UnknownContainerStatuses') {
    return { expected: 'Initialized False with reason ContainersNotInitialized', observed: `reason ${reason ?? '(none)'}`, message: 'Initialized is False with an unexpected reason' };
  }
  if (isTerminalPhase(status.phase) || reason === 'PodCompleted') return undefined;
  const regularStarted = namesOfRole(scenario, 'regular').find((n) => {
    const st = statusOf(status, n);
    return Boolean(st?.state.running || st?.state.terminated);
  });
  const regularInitsDone = namesOfRole(scenario, 'init').every((n) => statusOf(status, n)?.ready === true);
  const sidecars = namesOfRole(scenario, 'sidecar');
  if (value === 'False') {
    if (regularStarted) {
      return {
        container: regularStarted,
        expected: `Initialized True: regular container ${regularStarted} has run`,
        observed: 'Initialized False',
        message: 'Initialized is False although a regular container is running or terminated',
      };
    }
    if (regularInitsDone && sidecars.length === 0 && hasInits) {
      return { expected: 'Initialized True: every init container exited 0', observed: 'Initialized False', message: 'Initialized is False although every init container completed' };
    }
    return undefined;
  }
  if (value === 'True' && !regularStarted) {
    const pendingInit = namesOfRole(scenario, 'init').find((n) => statusOf(status, n)?.ready !== true);
    const pendingSidecar = sidecars.find((n) => statusOf(status, n)?.started !== true);
    const pending = pendingInit ?? pendingSidecar;
    if (pending) {
      return {
        container: pending,
        expected: `Initialized False while ${pending} is not ${pendingInit ? 'completed' : 'started'} and no regular container has run`,
        observed: 'Initialized True',
        message: `Initialized is True although init container ${pending} is not initialized`,
      };
    }
  }
  return undefined;
}
