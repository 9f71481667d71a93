import { describe, expect, it } from 'vitest';
import { demultiplex } from './container-log-tail.js';

const frame = (stream: number, text: string) => {
  const payload = Buffer.from(text);
  const header = Buffer.from([stream, 0, 0, 0, 0, 0, 0, 0]);
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
};

describe('demultiplex', () => {
  it('joins the payloads of stdout and stderr frames', () => {
    expect(demultiplex(Buffer.concat([frame(1, 'systemd starting\n'), frame(2, 'podlife-node: no private cgroup namespace\n')])))
      .toBe('systemd starting\npodlife-node: no private cgroup namespace\n');
  });

  it('passes unframed (TTY) output through', () => {
    expect(demultiplex(Buffer.from('plain text\n'))).toBe('plain text\n');
  });
});
