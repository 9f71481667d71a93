import process from 'node:process';

/**
 * Runs one named build step and reports how long it took: the build is slow
 * when cold and should visibly take seconds when warm.
 */
export async function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`• ${name}\n`);
  const result = await fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const detail = typeof result === 'string' ? result : result?.note;
  const note = detail ? ` (${detail})` : '';
  process.stdout.write(`  done in ${seconds}s${note}\n`);
  return result;
}

/** A failure the user can act on: build.mjs prints the message without a stack trace. */
export class BuildError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'BuildError';
  }
}
