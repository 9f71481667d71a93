import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatResultsJson } from '../../reports/json/format-results-json.js';
import { sampleRunResult } from '../../reports/testing/sample-run-result.js';
import { main } from '../main.js';
import { captureIo } from '../testing/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'podlife-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const sim = sampleRunResult();
sim.invariants[1] = { ...sim.invariants[1]!, passed: 100, violated: 0 };
delete sim.invariants[1]!.counterexample;
const simFile = file('sim.json', formatResultsJson(sim));
const mutantFile = file('mutant.json', formatResultsJson(sampleRunResult({ backend: 'sim:mutant:backoff-not-applied' })));

describe('podlife compare', () => {
  it('writes the side-by-side page, prints the disagreements and exits 1 when the runs disagree', async () => {
    const io = captureIo();
    const out = join(dir, 'out/compare.html');
    expect(await main(['compare', simFile, mutantFile, '--out', out], io)).toBe(1);
    expect(io.out()).toContain('they disagree on 1 of 4 invariants:');
    expect(io.out()).toMatch(/restart\/crash-loop-back-off\s+sim: passed · sim:mutant:backoff-not-applied: violated/);
    expect(io.out()).toContain(`report: ${out}`);
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<th>sim</th><th>sim:mutant:backoff-not-applied</th>');
    expect(page).toContain(`<dt>file</dt><dd>${simFile}</dd>`);
  });

  it('exits 0 when they agree, and takes a report directory for its results.json', async () => {
    const reportDir = join(dir, 'run-a');
    mkdirSync(reportDir);
    writeFileSync(join(reportDir, 'results.json'), formatResultsJson(sim));
    const io = captureIo();
    expect(await main(['compare', simFile, reportDir, '--out', join(dir, 'same.html')], io)).toBe(0);
    expect(io.out()).toContain('they agree on all 4 invariants');
  });

  const bad: [string, string, string][] = [
    ['a missing file', join(dir, 'nope.json'), 'nope.json: cannot read: no such file'],
    ['a file that is not JSON', file('junk.json', 'not json {'), 'junk.json: not JSON ('],
    ['JSON that is not a results file', file('trace.json', '{"snapshots": []}'), 'trace.json: not a podlife results file (no schemaVersion)'],
    ['another schema version', file('v2.json', '{"schemaVersion": 2}'), 'v2.json: results schema version 2, but this podlife reads version 1'],
    ['a results file with a broken field', file('broken.json', formatResultsJson({ ...sim, counts: { ...sim.counts, violated: -1 } })), "broken.json: does not match the results schema v1:\n  /counts/violated: must be >= 0"],
  ];
  for (const [what, path, message] of bad) {
    it(`refuses ${what} with a clear message, exit 2 and no stack trace`, async () => {
      const io = captureIo();
      expect(await main(['compare', simFile, path, '--out', join(dir, 'x.html')], io)).toBe(2);
      expect(io.err()).toContain(message);
      expect(io.err()).not.toMatch(/\n\s+at /);
    });
  }

  it('wants at least one file', async () => {
    const io = captureIo();
    expect(await main(['compare'], io)).toBe(2);
    expect(io.err()).toContain('expected one or more results.json files');
  });

  it('says when the page cannot be written', async () => {
    const io = captureIo();
    expect(await main(['compare', simFile, '--out', join(simFile, 'x.html')], io)).toBe(2);
    expect(io.err()).toMatch(/cannot write .*x\.html: a parent is not a directory/);
  });
});
