import type { KubeletRules } from '../simulator/rules/kubelet-rules.js';

/**
 * A deliberate bug of the kind real kubelets and simulators have had, made by replacing one
 * of the simulator's rules. The suite must notice every one.
 */
export interface Mutant {
  id: string;
  title: string;
  /** Where such a bug was seen, or what rule it breaks. */
  precedent: string;
  rules(base: KubeletRules): KubeletRules;
}
