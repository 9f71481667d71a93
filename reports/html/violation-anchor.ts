/** The id of a violation's section, unique per run and invariant, safe in a URL fragment. */
export function violationAnchor(runIndex: number, invariantId: string): string {
  return `v${runIndex}-${invariantId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
