import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { labelRuns } from '../report-run.js';
import { crashingScenario, sampleRunResult } from '../testing/sample-run-result.js';
import { reportHtml } from './report-html.js';

const count = (text: string, pattern: RegExp) => (text.match(new RegExp(pattern.source, 'g')) ?? []).length;
const rowsOf = (page: string) => [...page.matchAll(/<tr data-id="([^"]+)" data-statuses="([^"]+)"/g)].map((m) => ({ id: m[1]!, statuses: m[2]! }));

describe('report.html for one run', () => {
  const result = sampleRunResult({ backend: 'sim:mutant:backoff-not-applied' });
  const page = reportHtml(labelRuns([{ result }]));

  it('is one self-contained page: no external script, style, image, font or frame, and a CSP that forbids loading any', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<(script|img|iframe|link|source|video|audio)\b[^>]*\s(src|href)="(?!data:)/i);
    expect(page).not.toMatch(/@import|url\((?!#)/);
    expect(page).toContain(`http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`);
    // the inline script and style are allowed by hash: the hashes must be those of what the page holds
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = (t: string) => createHash('sha256').update(t).digest('base64');
    expect(page).toContain(`script-src &#39;sha256-${hash(script)}&#39;`);
    expect(page).toContain(`style-src &#39;sha256-${hash(style)}&#39;`);
  });

  it('says the verdict and summarises the run', () => {
    expect(page).toContain('✗ 1 violated, 1 errored of 4 invariants over 100 scenarios on sim:mutant:backoff-not-applied.');
    expect(page).toContain('<dt>seed</dt><dd>42</dd>');
    expect(page).toContain('<dt>Kubernetes</dt><dd>1.34</dd>');
  });

  it('has the matrix: a row per invariant, worst first, with the status and counts of each', () => {
    expect(rowsOf(page)).toEqual([
      { id: 'probes/probe-period', statuses: 'errored' },
      { id: 'restart/crash-loop-back-off', statuses: 'violated' },
      { id: 'phase/terminal-is-absorbing', statuses: 'passed' },
      { id: 'sidecars/start-order', statuses: 'skipped' },
    ]);
    expect(page).toContain('<span class="badge st-violated">violated</span></a><span class="cell-counts">97 passed · 3 violated</span>');
    expect(page).toContain('skipped 90×: no sidecar');
    // filter controls: text and one toggle per status
    expect(page).toContain('id="filter-text"');
    expect(count(page, /<input type="checkbox" data-status="/)).toBe(4);
  });

  it('gives each violation its citation link, expected vs observed, replay command, YAML and timeline', () => {
    const section = /<section class="violation" id="v0-restart-crash-loop-back-off"[\s\S]*?<\/section>/.exec(page)![0];
    expect(section).toContain('<a href="https://github.com/kubernetes/kubernetes/blob/master/pkg/kubelet/kuberuntime/kuberuntime_manager.go" rel="noopener noreferrer" target="_blank">R4.4: pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff</a>');
    expect(section).toContain('<div class="exp"><b>expected</b>restart 10s after the exit at 1s</div><div class="obs"><b>observed</b>restarted 0s after it</div>');
    expect(section).toContain('<code>podlife replay reports/out/x/counterexamples/restart-crash-loop-back-off.yaml --backend sim:mutant:backoff-not-applied</code>');
    expect(section).toContain('name: counterexample-restart-crash-loop-back-off');
    expect(section).toContain('until: 1m');
    // the timeline: a lane for the container, its states, restarts, probe ticks, and the violation
    const svg = /<svg class="timeline-svg"[\s\S]*?<\/svg>/.exec(section)![0];
    expect(svg).toContain('>app</text>');
    expect(svg).toMatch(/class="band s-running"/);
    expect(svg).toMatch(/class="band s-terminated-error"/);
    expect(svg).toMatch(/class="band s-waiting"><title>app: waiting, CrashLoopBackOff/);
    expect(svg).toMatch(/class="mk mk-restart"/);
    expect(svg).toMatch(/class="probe probe-(Success|Failure)"/);
    expect(svg).toMatch(/class="mk mk-deletion"/);
    expect(svg).toContain('✗ restart/crash-loop-back-off at 11s in app');
    expect(svg).toMatch(/<rect class="hl-lane"/);
    expect(svg).toContain('>kubectl STATUS</text>');
    expect(svg).toContain('>phase</text>');
    expect(svg).toContain('>Ready</text>');
  });

  it('shows an invariant that threw with its errors, as a podlife bug', () => {
    const section = /<section class="violation errored" id="v0-probes-probe-period"[\s\S]*?<\/section>/.exec(page)![0];
    expect(section).toContain('run 3: TypeError: x is undefined');
    expect(section).toContain('a bug in podlife');
  });

  it('escapes whatever the scenario and the messages hold', () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const scenario = { ...crashingScenario(evil), pod: { metadata: { name: evil }, spec: { containers: [{ name: evil, image: 'busybox' }] } }, containers: {} };
    const html = reportHtml(labelRuns([{ result: sampleRunResult({ backend: evil, scenario, message: evil }) }]));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(count(html, /<script>/)).toBe(1);
  });

  it('links a citation only when it is an http(s) address', () => {
    const result = sampleRunResult();
    result.invariants[1]!.citation.url = 'javascript:alert(1)';
    const html = reportHtml(labelRuns([{ result }]));
    expect(html).not.toContain('href="javascript:');
  });

  it('says so when nothing was violated', () => {
    const clean = sampleRunResult();
    clean.invariants = [clean.invariants[0]!];
    clean.counts = { invariants: 1, passing: 1, violated: 0, errored: 0, neverApplied: 0 };
    const html = reportHtml(labelRuns([{ result: clean }]));
    expect(html).toContain('✓ 1 of 1 invariants held over 100 scenarios on sim.');
    expect(html).toContain('None: every invariant held');
    expect(html).not.toContain('<section class="violation');
  });
});

describe('report.html for several runs (compare)', () => {
  const sim = sampleRunResult();
  sim.invariants[1] = { ...sim.invariants[1]!, violated: 0, passed: 100 };
  delete sim.invariants[1]!.counterexample;
  const mutant = sampleRunResult({ backend: 'sim:mutant:backoff-not-applied' });
  const cluster = sampleRunResult({ backend: 'cluster:kind' });

  it('has a column per run, and the invariants they disagree on first', () => {
    const page = reportHtml(labelRuns([{ result: sim }, { result: mutant }]));
    expect(page).toContain('<th>sim</th><th>sim:mutant:backoff-not-applied</th>');
    const rows = rowsOf(page);
    expect(rows[0]).toEqual({ id: 'restart/crash-loop-back-off', statuses: 'passed violated' });
    expect(page).toMatch(/<tr data-id="restart\/crash-loop-back-off"[^>]* class="disagree">/);
    expect(count(page, /class="disagree"/)).toBe(1);
    expect(page).toContain('The runs disagree on 1 of 4 invariants.');
    expect(page).toContain('id="filter-disagree"');
  });

  it('draws the timelines of a counterexample several runs share on one time axis', () => {
    const page = reportHtml(labelRuns([{ result: mutant }, { result: cluster }]));
    const aligned = /<h2 id="aligned">[\s\S]*$/.exec(page)![0];
    const svgs = aligned.match(/<svg class="timeline-svg"[^>]*viewBox="0 0 1100 \d+"/g) ?? [];
    expect(svgs).toHaveLength(2);
    // same axis: the same tick labels in both
    const ticks = (svg: string) => [...svg.matchAll(/<text class="tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
    const [a, b] = aligned.split('<p class="run-name">').slice(1);
    expect(ticks(a!)).toEqual(ticks(b!));
    expect(aligned).toContain('sim:mutant:backoff-not-applied — restart/crash-loop-back-off');
    expect(aligned).toContain('cluster:kind — restart/crash-loop-back-off');
    expect(page).toContain('also a counterexample on cluster:kind');
  });

  it('tells apart two runs on one backend', () => {
    const other = sampleRunResult();
    other.metadata.seed = 7;
    const page = reportHtml(labelRuns([{ result: sampleRunResult() }, { result: other }]));
    expect(page).toContain('<th>sim (seed 42)</th><th>sim (seed 7)</th>');
  });
});
