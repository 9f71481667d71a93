import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { validateResults } from '../../reports/json/validate-results.js';
import { main } from '../main.js';
import { captureIo } from '../testing/capture-io.js';

describe('podlife run writes its reports', () => {
  it('results.json (valid against its schema), junit.xml and report.html, and names them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-run-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const io = captureIo();
    expect(await main(['run', '--runs', '20', '--seed', '1', '--report-dir', dir, '--quiet'], io)).toBe(0);
    expect(io.out()).toContain(`reports: ${join(dir, 'results.json')}, ${join(dir, 'junit.xml')}, ${join(dir, 'report.html')}`);
    expect(io.out()).toMatch(/✓ 20 scenarios on sim, seed 1/);
    expect(io.err()).toBe('');
    expect(validateResults(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))).ok).toBe(true);
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<testsuite name="podlife sim"');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<table class="matrix">');
  });

  it('--json prints results.json and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-run-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const io = captureIo();
    expect(await main(['run', '--runs', '5', '--seed', '2', '--report-dir', dir, '--json'], io)).toBe(0);
    expect(io.out()).toBe(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(io.err()).toBe('');
  });

  it('refuses a report directory it cannot write before running anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-run-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'file'), '');
    const io = captureIo();
    expect(await main(['run', '--runs', '5', '--report-dir', join(dir, 'file', 'out')], io)).toBe(2);
    expect(io.err()).toBe(`cannot write reports to ${join(dir, 'file', 'out')}: a parent is not a directory\n`);
    expect(io.out()).toBe('');
    expect(readdirSync(dir)).toEqual(['file']);
    const io2 = captureIo();
    expect(await main(['run', '--runs', '5', '--report-dir', join(dir, 'file')], io2)).toBe(2);
    expect(io2.err()).toBe(`cannot write reports to ${join(dir, 'file')}: it is a file\n`);
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('refuses a report directory under /proc at once (a recursive mkdir there never returns)', async () => {
    const io = captureIo();
    expect(await main(['run', '--runs', '5', '--report-dir', '/proc/podlife-reports'], io)).toBe(2);
    expect(io.err()).toBe('cannot write reports to /proc/podlife-reports: the file system does not allow creating it\n');
  });
});
