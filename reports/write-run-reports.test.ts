import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { validateResults } from './json/validate-results.js';
import { sampleRunResult } from './testing/sample-run-result.js';
import { writeRunReports } from './write-run-reports.js';

// writeFile is wrapped so a test can make one write die half-way, as a crash would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return { ...real, writeFile: vi.fn(real.writeFile) };
});
const writeFile = vi.mocked(fsPromises.writeFile);
const realWriteFile = (await vi.importActual<typeof FsPromises>('node:fs/promises')).writeFile;

/** The next write to a file whose name contains `name` stores half its content, then fails. */
function crashHalfwayThrough(name: string): void {
  writeFile.mockImplementation(async (path, data, options) => {
    if (String(path).includes(name)) {
      await realWriteFile(path, String(data).slice(0, String(data).length / 2), options);
      throw new Error('killed');
    }
    return realWriteFile(path, data, options);
  });
}

afterEach(() => writeFile.mockImplementation(realWriteFile));

describe('writeRunReports', () => {
  it('writes results.json first, then junit.xml and report.html', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const written = await writeRunReports(dir, sampleRunResult());
    expect(written.files).toEqual([join(dir, 'results.json'), join(dir, 'junit.xml'), join(dir, 'report.html')]);
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'report.html', 'results.json']);
  });

  it('never leaves a half-written results.json: a crash mid-write keeps the previous file whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const previous = `${JSON.stringify(sampleRunResult())}\n`;
    writeFileSync(join(dir, 'results.json'), previous);
    crashHalfwayThrough('results.json');
    await expect(writeRunReports(dir, sampleRunResult({ backend: 'cluster:kind' }))).rejects.toThrow('cannot write');
    expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe(previous);
    // nothing derived from the failed run was written either
    expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual(['results.json']);
  });

  it('and without a previous file leaves none at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    crashHalfwayThrough('results.json');
    await expect(writeRunReports(dir, sampleRunResult())).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f === 'results.json')).toEqual([]);
  });

  it('keeps a complete results.json when a later report fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlife-reports-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    crashHalfwayThrough('report.html');
    await expect(writeRunReports(dir, sampleRunResult())).rejects.toThrow(`cannot write ${join(dir, 'report.html')}: killed`);
    expect(validateResults(JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'))).ok).toBe(true);
    expect(readdirSync(dir).filter((f) => f === 'report.html')).toEqual([]);
  });
});
