import type { BackendFactory } from '../harness/backends/create-backend.js';
import { clusterBackendNamed } from '../harness/backends/cluster/cluster-backend-factory.js';
import { mutantBackendNamed } from '../harness/mutants/mutant-backend.js';

/** Every backend the command line can name besides `sim`. */
export const BACKEND_FACTORIES: readonly BackendFactory[] = [mutantBackendNamed, clusterBackendNamed];
