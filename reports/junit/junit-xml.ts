import type { InvariantResult, RunResult } from '../../harness/runner/run-result.js';
import { invariantStatus } from '../invariant-status.js';
import { xmlEscape } from './xml-escape.js';

const attr = (value: string | number) => xmlEscape(String(value), { attribute: true });
const text = (value: string) => xmlEscape(value);

/**
 * junit.xml: a testsuite per run (backend), a testcase per invariant — the shape GitHub
 * Actions' JUnit reporters, GitLab and Jenkins read: `<testsuites>` › `<testsuite>` ›
 * `<testcase>` with at most one of `<failure>` (a violation), `<error>` (the invariant
 * itself threw) or `<skipped>` (it applied to no scenario), and counts that add up.
 */
export function junitXml(results: readonly RunResult[]): string {
  const suites = results.map((r, i) => testsuite(r, i));
  const sum = (f: (s: SuiteCounts) => number) => suites.reduce((n, s) => n + f(s.counts), 0);
  const time = results.reduce((t, r) => t + r.metadata.durationMs, 0) / 1000;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="podlife" tests="${sum((c) => c.tests)}" failures="${sum((c) => c.failures)}" errors="${sum((c) => c.errors)}" skipped="${sum((c) => c.skipped)}" time="${time.toFixed(3)}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function testsuite(r: RunResult, id: number): { xml: string; counts: SuiteCounts } {
  const m = r.metadata;
  const statuses = r.invariants.map(invariantStatus);
  const counts: SuiteCounts = {
    tests: r.invariants.length,
    failures: statuses.filter((s) => s === 'violated').length,
    errors: statuses.filter((s) => s === 'errored').length,
    skipped: statuses.filter((s) => s === 'skipped').length,
  };
  const properties: [string, string | number | boolean][] = [
    ['backend', m.backend],
    ...(m.provider ? ([['provider', m.provider]] as [string, string][]) : []),
    ['kubernetesVersion', m.kubernetesVersion],
    ['podlifeVersion', m.podlifeVersion],
    ['seed', m.seed],
    ['requestedRuns', m.requestedRuns],
    ['completedRuns', m.completedRuns],
    ['interrupted', m.interrupted],
  ];
  // JUnit wants a local date-time without a zone; results.json keeps the exact instant.
  const timestamp = m.startedAt.slice(0, 19);
  const lines = [
    `  <testsuite name="${attr(`podlife ${m.backend}`)}" id="${id}" package="podlife" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="${(m.durationMs / 1000).toFixed(3)}" timestamp="${attr(timestamp)}">`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(String(value))}"/>`),
    '    </properties>',
    ...r.invariants.map((inv) => testcase(inv, m.backend)),
    `    <system-out>${text(`${m.completedRuns}${m.interrupted ? ` of ${m.requestedRuns} (interrupted)` : ''} scenarios on ${m.backend}, Kubernetes ${m.kubernetesVersion}, seed ${m.seed}`)}</system-out>`,
    '  </testsuite>',
  ];
  return { xml: lines.join('\n'), counts };
}

function testcase(inv: InvariantResult, backend: string): string {
  const topic = inv.id.split('/')[0] ?? inv.id;
  // Per-invariant time is not measured: every invariant is checked on the same traces in
  // one pass, so the run's time belongs to the suite.
  const open = `    <testcase name="${attr(inv.id)}" classname="${attr(`${backend}.${topic}`)}" time="0"`;
  const status = invariantStatus(inv);
  switch (status) {
    case 'passed':
      return `${open}/>`;
    case 'skipped': {
      const reasons = Object.entries(inv.skipReasons).sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} (${n})`);
      return `${open}>\n      <skipped message="${attr(`applied to no scenario: ${reasons.join('; ') || 'no scenario ran'}`)}"/>\n    </testcase>`;
    }
    case 'errored':
      return `${open}>\n      <error message="${attr(inv.errors[0] ?? 'the invariant failed to evaluate')}" type="InvariantError">${text(`${inv.errored} scenario(s) made the invariant throw (a bug in podlife, not in the backend):\n${inv.errors.join('\n')}`)}</error>\n    </testcase>`;
    case 'violated':
      return `${open}>\n      <failure message="${attr(failureMessage(inv))}" type="violation">${text(failureBody(inv))}</failure>\n    </testcase>`;
    default: {
      const never: never = status;
      return never;
    }
  }
}

function failureMessage(inv: InvariantResult): string {
  const c = inv.counterexample;
  return c ? `${inv.title}: ${c.verdict.message}` : `${inv.title}: violated in ${inv.violated} scenario(s)`;
}

function failureBody(inv: InvariantResult): string {
  const c = inv.counterexample;
  const lines = [`${inv.id} — ${inv.title}`, `violated in ${inv.violated} of ${inv.passed + inv.violated} scenarios it applied to`, `cites ${inv.citation.rule}: ${inv.citation.source}`, `      ${inv.citation.url}`];
  if (c) {
    lines.push(
      `at ${c.verdict.at} ms${c.verdict.container ? ` (container ${c.verdict.container})` : ''}`,
      `expected: ${c.verdict.expected}`,
      `observed: ${c.verdict.observed}`,
      c.verdict.message,
      `found in scenario ${c.run} (seed ${c.seed}, path ${c.path})`,
    );
    if (c.file) lines.push(`scenario file: ${c.file}`);
    if (c.replayCommand) lines.push(`replay: ${c.replayCommand}`);
  }
  return lines.join('\n');
}
