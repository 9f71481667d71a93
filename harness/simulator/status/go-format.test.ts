import { describe, expect, it } from 'vitest';
import { goDuration, GoStringList } from './go-format.js';

describe('Go formatting', () => {
  it('prints durations as time.Duration.String does', () => {
    expect(goDuration(10_000)).toBe('10s');
    expect(goDuration(80_000)).toBe('1m20s');
    expect(goDuration(300_000)).toBe('5m0s');
    expect(goDuration(1_500)).toBe('1.5s');
    expect(goDuration(3_600_000)).toBe('1h0m0s');
    expect(goDuration(3_725_000)).toBe('1h2m5s');
    expect(goDuration(61_000)).toBe('1m1s');
    expect(goDuration(5_400_000)).toBe('1h30m0s');
    expect(goDuration(61_500)).toBe('1m1.5s');
    expect(goDuration(250)).toBe('250ms');
  });
  it('prints string slices as %s does', () => {
    const list = new GoStringList();
    expect(list.empty).toBe(true);
    expect(String(list)).toBe('[]');
    list.add('a');
    expect(String(list)).toBe('[a]');
    list.add('b');
    expect(list.empty).toBe(false);
    expect(String(list)).toBe('[a b]');
  });
});
