const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
type Signal = (typeof SIGNALS)[number];

const pending = new Set<() => Promise<void>>();
/** Whether someone else (the CLI) already handles the signal and so decides when to exit. */
const othersListen: Partial<Record<Signal, boolean>> = {};

function onSignal(signal: Signal): void {
  uninstall();
  // A second Ctrl-C now takes the default path and ends the process at once.
  void Promise.allSettled([...pending].map((stop) => stop())).then(() => {
    if (!othersListen[signal]) process.kill(process.pid, signal);
  });
}

function install(): void {
  for (const signal of SIGNALS) {
    othersListen[signal] = process.listenerCount(signal) > 0;
    process.on(signal, onSignal);
  }
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Runs `stop` if the process is interrupted (SIGINT, SIGTERM) before the
 * returned function is called. Without a handler of its own the process then
 * ends by the same signal, as it would have; with one (the CLI) that handler
 * decides.
 */
export function cleanUpOnSignal(stop: () => Promise<void>): () => void {
  if (pending.size === 0) install();
  pending.add(stop);
  return () => {
    pending.delete(stop);
    if (pending.size === 0) uninstall();
  };
}
