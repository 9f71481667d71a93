import { describe, expect, it } from 'vitest';
import { isLeftover, processIsAlive } from './leftover-policy.js';
import { LABELS } from './podlife-labels.js';

const here = { host: 'laptop', isAlive: (pid: number) => pid === 100 };
const labels = (host: string, pid: string) => ({ [LABELS.host]: host, [LABELS.pid]: pid });

describe('isLeftover', () => {
  it('takes resources whose owner process is gone on this host', () => {
    expect(isLeftover(labels('laptop', '200'), 'orphaned', here)).toBe(true);
  });

  it('keeps resources of a live run', () => {
    expect(isLeftover(labels('laptop', '100'), 'orphaned', here)).toBe(false);
  });

  it('keeps resources made from another host, whose owner it cannot check', () => {
    expect(isLeftover(labels('ci-runner', '200'), 'orphaned', here)).toBe(false);
  });

  it('takes resources without an owner pid, and everything with scope all', () => {
    expect(isLeftover({ [LABELS.host]: 'laptop' }, 'orphaned', here)).toBe(true);
    expect(isLeftover(labels('ci-runner', '100'), 'all', here)).toBe(true);
  });
});

describe('processIsAlive', () => {
  it('knows this process and not an impossible one', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(2 ** 22 + 1)).toBe(false);
  });
});
