import { describe, expect, it } from 'vitest';
import { palette } from './color.js';
import { progressLine } from './progress-line.js';

describe('progressLine', () => {
  it('shows the bar, scenarios done, rate and ETA', () => {
    expect(progressLine({ done: 3500, total: 10_000, violated: 0, elapsedMs: 5000 })).toBe('[#######.............]  3500/10000  35% · 700 scenarios/s · ETA 9.3s · no violation');
  });

  it('gives a rate under one a second per minute (a real cluster)', () => {
    // 10 scenarios in 9 min: 10 / 540 s = 1.1 per minute; 14 left at 54 s each = 12m36s
    expect(progressLine({ done: 10, total: 24, violated: 0, elapsedMs: 540_000 })).toBe('[########............] 10/24  41% · 1.1 scenarios/min · ETA 12m36s · no violation');
  });

  it('writes a long ETA in minutes, a slow rate with a decimal, and counts violations', () => {
    expect(progressLine({ done: 10, total: 1000, violated: 2, elapsedMs: 4000 })).toBe('[....................]   10/1000   1% · 2.5 scenarios/s · ETA 6m36s · 2 invariants violated');
  });

  it('says how long it took at the end', () => {
    expect(progressLine({ done: 100, total: 100, violated: 1, elapsedMs: 65_000 })).toBe('[####################] 100/100 100% · 1.5 scenarios/s · done in 1m05s · 1 invariant violated');
  });

  it('colours the violations on a terminal', () => {
    expect(progressLine({ done: 1, total: 2, violated: 1, elapsedMs: 1000 }, palette(true))).toContain('\u001b[31m1 invariant violated\u001b[39m');
  });
});
