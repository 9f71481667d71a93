import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIo } from '../testing/capture-io.js';

const dir = mkdtempSync(join(tmpdir(), 'podlife-simulate-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scenario = join(dir, 'crash.yaml');
writeFileSync(
  scenario,
  `apiVersion: podlife/v1alpha1
kind: Scenario
name: crash <loop>
until: 2m
pod:
  metadata: {name: web}
  spec:
    containers: [{name: app, image: "busybox:1.36"}]
containers:
  app: {runs: [{exitAfter: 1s, exitCode: 1}]}
`,
);

describe('podlife simulate --output html', () => {
  it('prints a self-contained page with the timeline of the trace', async () => {
    const io = captureIo();
    expect(await main(['simulate', scenario, '-o', 'html'], io)).toBe(0);
    const page = io.out();
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<h1>podlife simulate — crash &lt;loop&gt;</h1>');
    expect(page).toMatch(/<svg class="timeline-svg"[\s\S]*>app<\/text>[\s\S]*class="band s-waiting"><title>app: waiting, CrashLoopBackOff/);
    expect(page).toContain('name: crash &lt;loop&gt;');
    // no filter on this page, so no script at all
    expect(page).not.toContain('<script');
    expect(page).toContain("script-src &#39;none&#39;");
  });

  it('writes it to --out FILE instead', async () => {
    const io = captureIo();
    const out = join(dir, 'sim.html');
    expect(await main(['simulate', scenario, '--output', 'html', '--out', out], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('<svg class="timeline-svg"');
  });
});
