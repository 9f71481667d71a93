import type { InvariantResult } from '../harness/runner/run-result.js';
import { INVARIANT_STATUSES, invariantStatus, type InvariantStatus } from './invariant-status.js';
import type { ReportRun } from './report-run.js';

/** A run's verdict on one invariant; `absent` when that run did not check it. */
export type CellStatus = InvariantStatus | 'absent';

export interface MatrixCell {
  status: CellStatus;
  result?: InvariantResult;
}

export interface MatrixRow {
  id: string;
  /** From the first run that has it: titles and citations are the catalogue's. */
  info: InvariantResult;
  cells: MatrixCell[];
  /** The runs where it applied give different verdicts (passed, violated, errored). */
  disagree: boolean;
}

const RANK: Record<CellStatus, number> = { errored: 0, violated: 1, passed: 2, skipped: 3, absent: 4 };

/**
 * Invariants × runs. Disagreements first (the point of comparing), then the worst status,
 * then catalogue order, which the first run to name an invariant gives.
 */
export function matrixRows(runs: readonly ReportRun[]): MatrixRow[] {
  const order = new Map<string, InvariantResult>();
  for (const run of runs) for (const inv of run.result.invariants) if (!order.has(inv.id)) order.set(inv.id, inv);
  const rows = [...order.values()].map((info): MatrixRow => {
    const cells = runs.map((run): MatrixCell => {
      const result = run.result.invariants.find((i) => i.id === info.id);
      return result ? { status: invariantStatus(result), result } : { status: 'absent' };
    });
    // Only runs where the invariant applied can disagree: a skip (a fault the backend cannot
    // inject) or an absence (another catalogue) says nothing about behaviour.
    const verdicts = new Set(cells.map((c) => c.status).filter((s) => s !== 'skipped' && s !== 'absent'));
    return { id: info.id, info, cells, disagree: verdicts.size > 1 };
  });
  const position = new Map([...order.keys()].map((id, i) => [id, i]));
  const worst = (r: MatrixRow) => Math.min(...r.cells.map((c) => RANK[c.status]));
  return rows.sort((a, b) => Number(b.disagree) - Number(a.disagree) || worst(a) - worst(b) || position.get(a.id)! - position.get(b.id)!);
}

/** How many rows show each status in at least one run: the numbers beside the filter toggles. */
export function statusTotals(rows: readonly MatrixRow[]): Record<InvariantStatus, number> {
  const totals = Object.fromEntries(INVARIANT_STATUSES.map((s) => [s, 0])) as Record<InvariantStatus, number>;
  for (const row of rows) for (const s of new Set(row.cells.map((c) => (c.status === 'absent' ? 'skipped' : c.status)))) totals[s]++;
  return totals;
}
