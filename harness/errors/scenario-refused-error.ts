import { HarnessError } from './harness-error.js';

/**
 * A backend refused one scenario that podlife's own validation accepted (a real API server
 * rejecting the Pod). It concerns that scenario alone: a property run records it against
 * the run, as an error of every invariant, and goes on with the next scenario.
 */
export abstract class ScenarioRefusedError extends HarnessError {}
