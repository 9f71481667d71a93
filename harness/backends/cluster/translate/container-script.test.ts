import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContainerBehaviour } from '../../../../specs/model/behaviour.js';
import { containerScript } from './container-script.js';
import { STATE_MOUNT_PATH } from './script-log-format.js';

/**
 * The script runs under this machine's /bin/sh, with the state directory moved to a
 * temporary one: the same POSIX shell the workload image's busybox ash understands
 * (without busybox `ts` it stamps whole seconds, which these tests do not look at).
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'podlife-script-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function start(behaviour: ContainerBehaviour | undefined) {
  const script = containerScript({ container: 'app', behaviour }).replace(`D=${STATE_MOUNT_PATH}`, `D=${dir}`);
  const child = spawn('/bin/sh', ['-c', script], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

const log = (): string[] => {
  const path = join(dir, 'events.log');
  if (!existsSync(path)) return [];
  // Drop the stamp, and the start time a `start` line carries.
  return readFileSync(path, 'utf8').trim().split('\n').map((l) => l.split(' ').slice(1).join(' ').replace(/ start \d+$/, ' start'));
};

async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !predicate(); i++) await sleep(20);
}

describe('containerScript', () => {
  it('follows runs[i] on the i-th start, the last entry repeating', async () => {
    const behaviour = { runs: [{ exitAfter: 50, exitCode: 3 }, { exitAfter: 0, exitCode: 0 }] };
    expect(await start(behaviour).exited).toBe(3);
    expect(await start(behaviour).exited).toBe(0);
    expect(await start(behaviour).exited).toBe(0);
    expect(log()).toEqual(['app 1 start', 'app 1 exit 3', 'app 2 start', 'app 2 exit 0', 'app 3 start', 'app 3 exit 0']);
    expect(readFileSync(join(dir, 'app', 'starts'), 'utf8').trim()).toBe('3');
  });

  it('logs its start with the epoch milliseconds it took as the start', async () => {
    const before = Date.now();
    await start({ runs: [{ exitAfter: 0 }] }).exited;
    const t0 = Number(/ start (\d+)$/.exec(readFileSync(join(dir, 'events.log'), 'utf8').split('\n')[0]!)?.[1]);
    // Without busybox `ts` this machine's sh stamps whole seconds.
    expect(t0).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(t0).toBeLessThanOrEqual(Date.now());
  });

  it('exits at once with 0 on SIGTERM by default, and logs the signal', async () => {
    const { child, exited } = start(undefined);
    await until(() => log().includes('app 1 start'));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log()).toEqual(['app 1 start', 'app 1 sigterm', 'app 1 exit 0']);
  });

  it('exits with onSigterm.exitCode after onSigterm.exitAfter', async () => {
    const { child, exited } = start({ onSigterm: { exitAfter: 100, exitCode: 143 } });
    await until(() => log().includes('app 1 start'));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(log()).toEqual(['app 1 start', 'app 1 sigterm', 'app 1 exit 143']);
  });

  it('keeps running after SIGTERM when told to ignore it (logging each), until SIGKILL', async () => {
    const { child, exited } = start({ onSigterm: { ignore: true } });
    await until(() => log().includes('app 1 start'));
    child.kill('SIGTERM');
    await until(() => log().includes('app 1 sigterm'));
    child.kill('SIGTERM');
    await until(() => log().filter((l) => l === 'app 1 sigterm').length === 2);
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await exited;
    expect(log()).toEqual(['app 1 start', 'app 1 sigterm', 'app 1 sigterm']);
  });

  it('lets the run end first when it would end before the SIGTERM delay', async () => {
    const { child, exited } = start({ runs: [{ exitAfter: 300, exitCode: 7 }], onSigterm: { exitAfter: 5000, exitCode: 143 } });
    await until(() => log().includes('app 1 start'));
    child.kill('SIGTERM');
    expect(await exited).toBe(7);
  });

  it('traps SIGUSR1 for an OOMKill only when asked to', () => {
    expect(containerScript({ container: 'app', behaviour: undefined })).not.toContain('USR1');
    const script = containerScript({ container: 'app', behaviour: undefined, oomBytes: 1234 });
    expect(script).toContain('head -c 1234 /dev/zero | tail');
    expect(script).toContain('trap podlife_oom USR1');
  });
});
