/**
 * Infrastructure failures: the harness could not do its job (bad input, a cluster
 * that would not start, a file that cannot be written). Reported apart from
 * conformance violations (Verdicts) and unsupported scenarios (skips).
 * `code` is stable: scripts may match on it.
 */
export abstract class HarnessError extends Error {
  abstract readonly code: string;
  /** The process exit code the CLI uses for this error. */
  readonly exitCode: number = 2;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
