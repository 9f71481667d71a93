import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUpOnSignal } from './clean-up-on-signal.js';

describe('cleanUpOnSignal', () => {
  // Stands in for the CLI's own handler, so the signal is not re-raised at the test runner.
  const cliHandler = vi.fn();
  afterEach(() => {
    process.off('SIGTERM', cliHandler);
  });

  it('runs pending clean-ups on a signal, and no longer after they are forgotten', async () => {
    process.on('SIGTERM', cliHandler);
    const stop = vi.fn(async () => undefined);
    const forgotten = vi.fn(async () => undefined);
    cleanUpOnSignal(stop);
    cleanUpOnSignal(forgotten)();
    process.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(stop).toHaveBeenCalledOnce());
    expect(forgotten).not.toHaveBeenCalled();
    expect(cliHandler).toHaveBeenCalledOnce();
  });
});
