import { describe, expect, it } from 'vitest';
import { markerRowSvg } from './marker-row-svg.js';
import type { TimelineMarker } from './timeline-model.js';
import { timeScale } from './time-scale.js';

const layout = { labelTop: 0, labelRows: 2, lineTop: 22, lineBottom: 50 };

describe('markerRowSvg', () => {
  const scale = timeScale(60_000, 0, 1000);

  it('draws a line and a label per event, on a second row when the first is taken', () => {
    const svg = markerRowSvg(
      [
        { at: 1000, kind: 'exit', label: 'exit 1', detail: 'app: exited with code 1 (Error)' },
        { at: 1500, kind: 'signal', label: 'TERM', detail: 'app: SIGTERM' },
        { at: 30_000, kind: 'fault', label: 'OOMKill', detail: 'fault OOMKill applied' },
      ],
      scale,
      layout,
    ).value;
    expect(svg.match(/<line /g)).toHaveLength(3);
    expect(svg).toMatch(/<text class="mk-label mk-exit" x="18.67" y="20">/);
    expect(svg).toMatch(/<text class="mk-label mk-signal" x="27" y="9">/);
    expect(svg).toMatch(/<text class="mk-label mk-fault" x="502" y="20">/);
  });

  it('groups events at one moment: a thousand restarts draw one line saying ×1000', () => {
    const restarts: TimelineMarker[] = Array.from({ length: 1000 }, (_, i) => ({ at: 0, kind: 'restart', label: `↻${i + 1}`, detail: `restart ${i + 1}` }));
    const exits: TimelineMarker[] = Array.from({ length: 1000 }, () => ({ at: 0, kind: 'exit', label: 'exit 0', detail: 'exit' }));
    const svg = markerRowSvg([...restarts, ...exits], scale, layout).value;
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('↻ ×1000 · exit ×1000');
    expect(svg).toContain('… and 1990 more');
  });

  it('leaves out what lies beyond the axis', () => {
    expect(markerRowSvg([{ at: 70_000, kind: 'exit', label: 'exit 0', detail: '' }], scale, layout).value).toBe('');
  });
});
