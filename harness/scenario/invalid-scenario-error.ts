import { HarnessError } from '../errors/harness-error.js';
import type { ScenarioIssue } from './scenario-issue.js';

/** A scenario file that cannot be run: unreadable, malformed, or describing an invalid Pod. */
export class InvalidScenarioError extends HarnessError {
  readonly code = 'INVALID_SCENARIO';

  constructor(
    readonly file: string,
    readonly issues: readonly ScenarioIssue[],
    options?: { cause?: unknown },
  ) {
    super(describe(file, issues), options);
  }
}

function describe(file: string, issues: readonly ScenarioIssue[]): string {
  const lines = issues.map((i) => `  ${file}${i.line !== undefined ? `:${i.line}` : ''}: ${i.path}: ${i.message}`);
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return `${file} is not a valid scenario (${issues.length} ${noun}):\n${lines.join('\n')}`;
}
