import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeStep } from '../../../../specs/model/behaviour.js';
import { probeScript } from './probe-script.js';
import { STATE_MOUNT_PATH } from './script-log-format.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'podlife-probe-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'starts'), '2\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the probe as if the instance had started `sinceStart` ms ago. */
function probe(steps: ProbeStep[] | undefined, sinceStart: number): { code: number | null; logged: string } {
  writeFileSync(join(dir, 'app', 'started'), `${Date.now() - sinceStart}\n`);
  const script = probeScript('app', 'readiness', steps).replace(`D=${STATE_MOUNT_PATH}`, `D=${dir}`);
  const result = spawnSync('/bin/sh', ['-c', script]);
  const lines = readFileSync(join(dir, 'events.log'), 'utf8').trim().split('\n');
  return { code: result.status, logged: lines.at(-1)!.split(' ').slice(1).join(' ') };
}

describe('probeScript', () => {
  it('succeeds when the behaviour says nothing, and logs the execution with the start number', () => {
    expect(probe(undefined, 0)).toEqual({ code: 0, logged: 'app 2 probe readiness Success' });
  });

  // Whole-second stamps on a machine without busybox `ts`: keep clear of the boundaries.
  const steps: ProbeStep[] = [{ at: 0, result: 'Failure' }, { at: 5000, result: 'Success' }, { at: 20_000, result: 'Failure' }];

  it('answers from the timeline relative to the instance start', () => {
    expect(probe(steps, 2000)).toEqual({ code: 1, logged: 'app 2 probe readiness Failure' });
    expect(probe(steps, 10_000)).toEqual({ code: 0, logged: 'app 2 probe readiness Success' });
    expect(probe(steps, 30_000)).toEqual({ code: 1, logged: 'app 2 probe readiness Failure' });
  });

  it('reads the steps in order, as probeOutcomeAt does: a later step is not reached past an earlier one still to come', () => {
    expect(probeScript('app', 'liveness', [{ at: 1000, result: 'Failure' }, { at: 500, result: 'Success' }])).toContain(
      'if [ $T -ge 1000 ]; then R=Failure; if [ $T -ge 500 ]; then R=Success; fi; fi;',
    );
  });
});
