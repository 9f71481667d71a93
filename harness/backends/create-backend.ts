import { HarnessError } from '../errors/harness-error.js';
import type { Backend } from './backend.js';
import { simBackend } from './sim-backend.js';

export class UnknownBackendError extends HarnessError {
  readonly code = 'UNKNOWN_BACKEND';
}

export type BackendFactory = (name: string) => Backend | undefined;

/**
 * Backends by name. `sim` is built in; other layers register more (mutants of the
 * simulator, real clusters) by passing factories.
 */
export function createBackend(name: string, factories: readonly BackendFactory[] = []): Backend {
  if (name === 'sim') return simBackend();
  for (const factory of factories) {
    const backend = factory(name);
    if (backend) return backend;
  }
  throw new UnknownBackendError(`unknown backend "${name}": use sim, sim:mutant:<id> (see \`podlife mutants --list\`), or cluster:local, cluster:kind, cluster:kubeconfig`);
}
