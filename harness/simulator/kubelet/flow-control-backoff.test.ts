import { describe, expect, it } from 'vitest';
import { FlowControlBackoff } from './flow-control-backoff.js';

// R4.4 worked by hand: exits at the times below; Next() is called at each restart.
describe('FlowControlBackoff (R4.3, R4.4)', () => {
  const backoff = () => new FlowControlBackoff(10_000, 300_000, 600_000);

  it('lets the first restart through, then asks for 10 s, 20 s, 40 s … capped at 300 s', () => {
    const b = backoff();
    // 1st exit at 5 s: no entry → not in backoff; Next → 10 s.
    expect(b.isInBackOffSince('c', 5_000, 5_000)).toBe(false);
    b.next('c', 5_000, 5_000);
    expect(b.get('c')).toBe(10_000);
    // 2nd exit at 6 s: must wait until 16 s.
    expect(b.isInBackOffSince('c', 6_000, 15_999)).toBe(true);
    expect(b.isInBackOffSince('c', 6_000, 16_000)).toBe(false);
    b.next('c', 6_000, 16_000);
    expect(b.get('c')).toBe(20_000);
    const delays = [];
    let t = 16_000;
    for (let i = 0; i < 6; i++) {
      b.next('c', t, t);
      delays.push(b.get('c'));
      t += 1_000;
    }
    expect(delays).toEqual([40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
  });

  it('starts over only when the container ran longer than 600 s since the last restart', () => {
    const b = backoff();
    b.next('c', 0, 0);
    b.next('c', 1_000, 11_000); // restarted at 11 s, backoff 20 s
    // exits at 611 s: ran exactly 600 s — not expired (strictly greater is required)
    expect(b.isInBackOffSince('c', 611_000, 611_000)).toBe(true);
    // exits at 611.001 s: expired → no backoff, and Next starts over at 10 s
    expect(b.isInBackOffSince('c', 611_001, 611_001)).toBe(false);
    b.next('c', 611_001, 611_001);
    expect(b.get('c')).toBe(10_000);
  });

  it('counts image-pull backoff from the last attempt', () => {
    const b = backoff();
    b.next('img', 0, 0);
    expect(b.isInBackOffSinceUpdate('img', 9_999)).toBe(true);
    expect(b.isInBackOffSinceUpdate('img', 10_000)).toBe(false);
  });
});
