import type { InvariantResult, RunResult } from '../../harness/runner/run-result.js';
import { invariantStatus } from '../invariant-status.js';
import { NO_COLOR, type Palette } from './color.js';
import { durationText } from './duration-text.js';

/**
 * The end-of-run summary for a terminal, compact: each violation and error in full (what a
 * person acts on), one line of held/total per topic, the invariants that never applied, and
 * a closing line. The per-invariant table is in report.html and junit.xml.
 */
export function runSummary(result: RunResult, paint: Palette = NO_COLOR): string {
  const lines: string[] = [];
  for (const inv of result.invariants) {
    const c = inv.counterexample;
    if (inv.errored > 0) {
      lines.push(paint.yellow(`! ${inv.id} — the invariant failed to evaluate on ${inv.errored} scenario${inv.errored === 1 ? '' : 's'} (a bug in podlife)`));
      for (const error of inv.errors) lines.push(`  ${error}`);
      lines.push('');
    }
    if (inv.violated === 0) continue;
    lines.push(paint.red(paint.bold(`✗ ${inv.id} — ${inv.title}`)), `  violated  in ${inv.violated} of ${inv.passed + inv.violated} scenarios it applied to`, `  cites     ${inv.citation.rule}: ${inv.citation.source}`, `            ${paint.dim(inv.citation.url)}`);
    if (c) {
      lines.push(
        `  at        ${c.verdict.at} ms${c.verdict.container ? ` (container ${c.verdict.container})` : ''}`,
        `  expected  ${c.verdict.expected}`,
        `  observed  ${c.verdict.observed}`,
        `  ${c.verdict.message}`,
        paint.dim(`  found in scenario ${c.run} of the run (its seed ${c.seed}; the shrink path is in results.json)`),
      );
      if (c.file) lines.push(`  scenario  ${c.file}`);
      if (c.replayCommand) lines.push(`  replay    ${paint.bold(c.replayCommand)}`);
    } else lines.push(paint.dim('  no counterexample recorded'));
    lines.push('');
  }
  lines.push(topicLine(result.invariants, paint));
  const never = result.invariants.filter((i) => invariantStatus(i) === 'skipped');
  if (never.length > 0) {
    lines.push(paint.yellow(`never applied (proves nothing): ${never.map((i) => `${i.id}${topReason(i)}`).join(', ')}`));
  }
  const m = result.metadata;
  const c = result.counts;
  const bad = c.violated > 0 || c.errored > 0;
  const verdict = `${m.completedRuns}${m.interrupted ? ` of ${m.requestedRuns} (interrupted)` : ''} scenarios on ${m.backend}, seed ${m.seed}, in ${durationText(m.durationMs)}: ${c.passing} of ${c.invariants} invariants held, ${c.violated} violated, ${c.errored} errored, ${c.neverApplied} never applied.`;
  lines.push('', bad ? paint.red(paint.bold(`✗ ${verdict}`)) : paint.green(paint.bold(`✓ ${verdict}`)));
  return `${lines.join('\n')}\n`;
}

/** `phase 13/13 · init 5/5 · probes 12/13 (1 violated)` — held of total, by topic. */
function topicLine(invariants: readonly InvariantResult[], paint: Palette): string {
  const topics = new Map<string, InvariantResult[]>();
  for (const inv of invariants) {
    const topic = inv.id.split('/')[0] ?? inv.id;
    topics.set(topic, [...(topics.get(topic) ?? []), inv]);
  }
  const parts = [...topics].map(([topic, list]) => {
    const statuses = list.map(invariantStatus);
    const held = statuses.filter((s) => s === 'passed').length;
    const violated = statuses.filter((s) => s === 'violated').length;
    const errored = statuses.filter((s) => s === 'errored').length;
    const extra = [violated > 0 ? `${violated} violated` : '', errored > 0 ? `${errored} errored` : ''].filter(Boolean).join(', ');
    const text = `${topic} ${held}/${list.length}${extra ? ` (${extra})` : ''}`;
    return violated + errored > 0 ? paint.red(text) : held === list.length ? paint.green(text) : paint.yellow(text);
  });
  return `held, by topic: ${parts.join(' · ')}`;
}

function topReason(inv: InvariantResult): string {
  const top = Object.entries(inv.skipReasons).sort((a, b) => b[1] - a[1])[0];
  return top ? ` (${top[0]})` : '';
}
