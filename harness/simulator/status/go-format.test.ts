import { describe, expect, it } from 'vitest';
import { goDuration, GoStringList } from './go-format.js';

describe('Go formatting', () => {
  it('prints durations as time.Duration.String does', () => {
    expect(goDuration(10_000)).toBe('10s');
    expect(goDuration(80_000)).toBe('1m20s');
    expect(goDuration(300_000)).toBe('5m0s');
    expect(goDuration(1_500)).toBe('1.5s');
    expect(goDuration(3_600_000)).toBe('1h0m0s');
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
