import type { Progress } from '../../harness/runner/property-run.js';
import type { Palette } from './color.js';
import { progressLine } from './progress-line.js';

/** On a pipe, a progress line at most this often: a CI log stays readable on long runs. */
const PIPE_INTERVAL_MS = 15_000;

export interface ProgressReporter {
  update(p: Progress): void;
  /** Ends the line on a terminal, so what follows starts on a fresh one. */
  finish(): void;
}

/**
 * Progress for the terminal: one line redrawn in place on a TTY; on a pipe (CI), a plain
 * line now and then and at the end, never carriage returns.
 */
export function progressReporter(stream: NodeJS.WritableStream, tty: boolean, paint: Palette): ProgressReporter {
  let lastPrinted = -Infinity;
  let drawn = false;
  return {
    update(p) {
      if (tty) {
        stream.write(`\r${progressLine(p, paint)}\u001b[K`);
        drawn = true;
      } else if (p.elapsedMs - lastPrinted >= PIPE_INTERVAL_MS || p.done >= p.total) {
        lastPrinted = p.elapsedMs;
        stream.write(`${progressLine(p, paint)}\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
