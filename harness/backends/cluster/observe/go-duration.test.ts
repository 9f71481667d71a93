import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './go-duration.js';

describe('parseGoDuration', () => {
  it('reads durations as Go prints them', () => {
    expect(parseGoDuration('10s')).toBe(10_000);
    expect(parseGoDuration('1m20s')).toBe(80_000);
    expect(parseGoDuration('5m0s')).toBe(300_000);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('soon')).toBeUndefined();
  });
});
