import { Writable } from 'node:stream';
import type { CliIo } from '../cli-command.js';

/** Test support: a CliIo whose output is kept as strings. */
export function captureIo(): CliIo & { out: () => string; err: () => string } {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  return {
    stdout: sink(chunks.out),
    stderr: sink(chunks.err),
    signal: new AbortController().signal,
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
  };
}
