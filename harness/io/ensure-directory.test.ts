import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDirectory } from './ensure-directory.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ensureDirectory', () => {
  it('creates the directory and its missing parents, and accepts one that exists', async () => {
    dir = mkdtempSync(join(tmpdir(), 'podlife-dir-'));
    const target = join(dir, 'a', 'b', 'c');
    await ensureDirectory(target);
    expect(statSync(target).isDirectory()).toBe(true);
    await expect(ensureDirectory(target)).resolves.toBeUndefined();
  });

  it('fails with ENOTDIR when a parent is a file, creating nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'podlife-dir-'));
    writeFileSync(join(dir, 'file'), '');
    await expect(ensureDirectory(join(dir, 'file', 'x', 'y'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(existsSync(join(dir, 'file', 'x'))).toBe(false);
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('fails with ENOENT under /proc, where a recursive mkdir never returns', async () => {
    dir = mkdtempSync(join(tmpdir(), 'podlife-dir-'));
    await expect(ensureDirectory('/proc/podlife-reports/out')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
