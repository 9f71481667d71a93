import type { Applicability } from '../../specs/invariant.js';
import type { Scenario } from '../../specs/model/scenario.js';
import type { Trace } from '../../specs/model/trace.js';

/**
 * Something that can run a scenario and report what happened: the reference simulator,
 * a mutant of it, or a real cluster. A scenario needing what the backend cannot do (a
 * fault it cannot inject) is skipped with a reason — never passed, never failed.
 */
export interface Backend {
  /** `sim`, `sim:mutant:<id>`, `cluster:local` … */
  readonly name: string;
  readonly kubernetesVersion: string;
  /** The resolved options, recorded in reports. */
  readonly options: Readonly<Record<string, unknown>>;
  supports(scenario: Scenario): Applicability;
  /** Synchronous backends return the trace directly, which keeps property runs fast. */
  run(scenario: Scenario, signal?: AbortSignal): Trace | Promise<Trace>;
}
