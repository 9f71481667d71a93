import { describe, expect, it } from 'vitest';
import { axisLabel, timeTicks } from './time-axis.js';

describe('time axis', () => {
  it('picks a readable step that gives at most ten intervals', () => {
    expect(timeTicks(1000)).toEqual({ step: 100, ticks: [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000] });
    expect(timeTicks(3000).step).toBe(500);
    expect(timeTicks(167_000).step).toBe(30_000);
    expect(timeTicks(600_000).step).toBe(60_000);
    expect(timeTicks(20 * 60_000).step).toBe(120_000);
    expect(timeTicks(30 * 3_600_000).step).toBe(3 * 3_600_000);
  });

  it('labels ticks the way scenario files spell time', () => {
    expect([0, 200, 1500, 2000, 90_000, 600_000, 3_900_000].map(axisLabel)).toEqual(['0s', '200ms', '1.5s', '2s', '1m30s', '10m', '1h5m']);
  });
});
