import type { InvariantResult } from '../../harness/runner/run-result.js';
import { INVARIANT_STATUSES } from '../invariant-status.js';
import { matrixRows, statusTotals, type MatrixCell, type MatrixRow } from '../matrix-rows.js';
import type { ReportRun } from '../report-run.js';
import { html, safeUrl, type SafeHtml } from './safe-html.js';
import { violationAnchor } from './violation-anchor.js';

/** The matrix of invariants × runs with its filter: text, a toggle per status, disagreements. */
export function invariantMatrix(runs: readonly ReportRun[]): SafeHtml {
  const rows = matrixRows(runs);
  const totals = statusTotals(rows);
  const disagreements = rows.filter((r) => r.disagree).length;
  const filters = html`<div class="filters">
<input type="search" id="filter-text" placeholder="Filter by id, title or rule…" aria-label="Filter invariants">
${INVARIANT_STATUSES.map((s) => html`<label><input type="checkbox" data-status="${s}" checked> ${s} (${totals[s]})</label>`)}
${runs.length > 1 && html`<label><input type="checkbox" id="filter-disagree"> only disagreements (${disagreements})</label>`}
<span id="filter-count" class="muted">${rows.length} invariants</span>
</div>`;
  // One run: a wide row per invariant. Several: the promise goes under the id, to leave
  // room for a column per run.
  const multi = runs.length > 1;
  const head = html`<thead><tr><th>Invariant</th>${!multi && html`<th>Promise</th>`}<th>Cites</th>${runs.map((r) => html`<th>${r.label}</th>`)}</tr></thead>`;
  const body = rows.map((row) => matrixRow(row, runs, multi));
  return html`${filters}<div class="matrix-wrap"><table class="matrix${multi ? ' multi' : ''}">${head}<tbody>${body}</tbody></table>${
    rows.length === 0 && html`<p class="empty">No invariant was checked.</p>`
  }</div>`;
}

function matrixRow(row: MatrixRow, runs: readonly ReportRun[], multi: boolean): SafeHtml {
  const info = row.info;
  const statuses = [...new Set(row.cells.map((c) => (c.status === 'absent' ? 'skipped' : c.status)))].join(' ');
  const text = `${info.id} ${info.title} ${info.citation.rule} ${info.citation.source}`.toLowerCase();
  const url = safeUrl(info.citation.url);
  return html`<tr data-id="${row.id}" data-statuses="${statuses}" data-text="${text}"${row.disagree ? html` class="disagree"` : ''}>
${multi ? html`<td><span class="inv-id">${info.id}</span><br><span class="inv-title">${info.title}</span></td>` : html`<td class="inv-id">${info.id}</td><td class="inv-title">${info.title}</td>`}
<td class="cites" title="${info.citation.source}">${url ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${info.citation.rule}</a>` : info.citation.rule} <span class="muted">${info.level} · ${info.kind}</span></td>
${row.cells.map((cell, i) => matrixCell(cell, row.id, i, runs[i]!))}
</tr>`;
}

function matrixCell(cell: MatrixCell, id: string, runIndex: number, run: ReportRun): SafeHtml {
  if (!cell.result) return html`<td class="run-cell"><span class="badge st-absent">not checked</span></td>`;
  const r = cell.result;
  const badge = html`<span class="badge st-${cell.status}">${cell.status}</span>`;
  const linked = (cell.status === 'violated' || cell.status === 'errored') && (r.counterexample || r.errors.length > 0);
  return html`<td class="run-cell" title="${cellTooltip(r, run)}">${linked ? html`<a href="#${violationAnchor(runIndex, id)}">${badge}</a>` : badge}<span class="cell-counts">${countsText(r)}</span></td>`;
}

/** `200 passed · 3 violated · 12 skipped`: zeros left out, but never an empty line. */
export function countsText(r: InvariantResult): string {
  const parts = [
    r.passed > 0 || (r.violated === 0 && r.errored === 0 && r.skipped === 0) ? `${r.passed} passed` : '',
    r.violated > 0 ? `${r.violated} violated` : '',
    r.errored > 0 ? `${r.errored} errored` : '',
    r.skipped > 0 ? `${r.skipped} skipped` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function cellTooltip(r: InvariantResult, run: ReportRun): string {
  const lines = [`${run.label}: ${countsText(r)}`];
  const reasons = Object.entries(r.skipReasons).sort((a, b) => b[1] - a[1]);
  for (const [reason, n] of reasons.slice(0, 6)) lines.push(`skipped ${n}×: ${reason}`);
  if (reasons.length > 6) lines.push(`… ${reasons.length - 6} more skip reasons`);
  for (const e of r.errors) lines.push(`error: ${e}`);
  return lines.join('\n');
}
