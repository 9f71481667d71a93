import type { Invariant } from '../../specs/invariant.js';
import { HarnessError } from '../errors/harness-error.js';

export class UnknownInvariantPatternError extends HarnessError {
  readonly code = 'UNKNOWN_INVARIANT_PATTERN';
}

/**
 * Picks invariants by id patterns: `probes/*`, `phase/terminal-is-absorbing`, `*back-off*`.
 * A pattern that matches nothing is an error that lists the topics, not an empty run.
 */
export function selectInvariants(catalogue: readonly Invariant[], patterns: readonly string[] | undefined): Invariant[] {
  if (!patterns || patterns.length === 0) return [...catalogue];
  const selected = new Set<Invariant>();
  for (const pattern of patterns) {
    const re = globToRegExp(pattern.trim());
    const matches = catalogue.filter((i) => re.test(i.id));
    if (matches.length === 0) {
      const topics = [...new Set(catalogue.map((i) => `${i.id.split('/')[0]}/*`))].join(', ');
      throw new UnknownInvariantPatternError(`no invariant matches "${pattern}"; topics are: ${topics} (see \`podlife invariants\` for every id)`);
    }
    for (const m of matches) selected.add(m);
  }
  return catalogue.filter((i) => selected.has(i));
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}
