import { simBackend } from '../backends/sim-backend.js';
import type { Backend } from '../backends/backend.js';
import { KUBERNETES_RULES } from '../simulator/rules/kubelet-rules.js';
import { MUTANTS } from './mutant-catalogue.js';
import type { Mutant } from './mutant.js';

const PREFIX = 'sim:mutant:';

export function mutantBackend(mutant: Mutant): Backend {
  return simBackend({}, mutant.rules(KUBERNETES_RULES), `${PREFIX}${mutant.id}`);
}

/** Backend factory for `sim:mutant:<id>`. */
export function mutantBackendNamed(name: string): Backend | undefined {
  if (!name.startsWith(PREFIX)) return undefined;
  const mutant = MUTANTS.find((m) => m.id === name.slice(PREFIX.length));
  return mutant ? mutantBackend(mutant) : undefined;
}
