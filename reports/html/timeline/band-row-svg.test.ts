import { describe, expect, it } from 'vitest';
import { bandRowSvg } from './band-row-svg.js';
import type { TimelineBand } from './timeline-model.js';
import { timeScale } from './time-scale.js';

const band = (from: number, to: number, label: string): TimelineBand => ({ from, to, kind: 'running', label, detail: `${label} detail` });

describe('bandRowSvg', () => {
  const scale = timeScale(100_000, 0, 1000);

  it('draws a band per state with its label inside when it fits, and a tooltip always', () => {
    const svg = bandRowSvg([band(0, 50_000, 'Running'), band(50_000, 50_500, 'Error (1)')], scale, 10, 20, 's', 10).value;
    expect(svg).toContain('<g class="band s-running"><title>Running detail (0s–50s)</title><rect x="0" y="10" width="500" height="20"/><text class="band-label"');
    expect(svg).toContain('>Running</text>');
    // 5px is too narrow for its label: the tooltip says it
    expect(svg).toContain('<title>Error (1) detail (50s–50.5s)</title><rect x="500" y="10" width="5" height="20"/></g>');
  });

  it('merges a burst of states too short to see into one hatched band that counts them', () => {
    const many = Array.from({ length: 500 }, (_, i) => band(i * 10, i * 10 + 10, i % 2 ? 'Error (1)' : 'Running'));
    const svg = bandRowSvg(many, scale, 0, 20, 's', 10).value;
    expect(svg.match(/<rect/g)).toHaveLength(1);
    expect(svg).toContain('<g class="band burst"><title>500 states in 0s–5s:');
    expect(svg).toContain('… and 492 more');
  });

  it('keeps blinks apart when there is time between them', () => {
    const svg = bandRowSvg([band(0, 100, 'ready'), band(20_000, 20_100, 'ready')], scale, 0, 3, 'r', 0).value;
    expect(svg).not.toContain('burst');
    expect(svg.match(/<rect/g)).toHaveLength(2);
  });

  it('escapes labels and tooltips', () => {
    expect(bandRowSvg([band(0, 100_000, '<b>')], scale, 0, 20, 's', 10).value).toContain('&lt;b&gt;');
  });
});
