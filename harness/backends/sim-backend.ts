import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';
import { KUBERNETES_RULES, type KubeletRules } from '../simulator/rules/kubelet-rules.js';
import { simulate } from '../simulator/simulate.js';
import { resolveSimulatorOptions, type SimulatorOptions } from '../simulator/simulator-options.js';
import type { Backend } from './backend.js';

/** The reference simulator as a backend: supports every fault, runs in virtual time. */
export function simBackend(overrides: Partial<SimulatorOptions> = {}, rules: KubeletRules = KUBERNETES_RULES, name = 'sim'): Backend {
  const options = resolveSimulatorOptions(overrides);
  return {
    name,
    kubernetesVersion: options.kubernetesVersion,
    options: { ...options },
    supports: () => true,
    run(scenario: Scenario): Trace {
      const trace = simulate(scenario, options, rules);
      return name === 'sim' ? trace : { ...trace, backend: name };
    },
  };
}
