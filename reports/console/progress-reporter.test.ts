import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NO_COLOR } from './color.js';
import { progressReporter } from './progress-reporter.js';

const sink = () => {
  const chunks: string[] = [];
  const stream = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) });
  return { stream, text: () => chunks.join('') };
};
const at = (done: number, elapsedMs: number) => ({ done, total: 100, violated: 0, elapsedMs });

describe('progressReporter', () => {
  it('redraws one line in place on a terminal and ends it when finished', () => {
    const out = sink();
    const r = progressReporter(out.stream, true, NO_COLOR);
    r.update(at(10, 1000));
    r.update(at(20, 2000));
    r.finish();
    expect(out.text().split('\r')).toHaveLength(3);
    expect(out.text().endsWith('\u001b[K\n')).toBe(true);
  });

  it('on a pipe, prints a plain line every 15 seconds and at the end, never carriage returns', () => {
    const out = sink();
    const r = progressReporter(out.stream, false, NO_COLOR);
    for (let s = 1; s <= 40; s++) r.update(at(s, s * 1000));
    r.update(at(100, 41_000));
    r.finish();
    const lines = out.text().trimEnd().split('\n');
    expect(lines.map((l) => /(\d+)\/100/.exec(l)![1])).toEqual(['1', '16', '31', '100']);
    expect(out.text()).not.toContain('\r');
  });
});
