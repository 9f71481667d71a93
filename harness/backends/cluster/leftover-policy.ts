import { LABELS } from './podlife-labels.js';

/** Which podlife resources a sweep removes. */
export type SweepScope =
  /** Only those whose owning process is gone (a crashed or killed run): safe while other runs are live. */
  | 'orphaned'
  /** Everything podlife made on this Docker engine, live runs included (`podlife cluster down --all`). */
  | 'all';

/**
 * Decides from its labels whether a resource is a leftover. A resource made on
 * another host (a shared Docker engine) is never judged orphaned: its owner's
 * liveness cannot be checked from here.
 */
export function isLeftover(
  labels: Record<string, string> | undefined,
  scope: SweepScope,
  here: { host: string; isAlive: (pid: number) => boolean },
): boolean {
  if (scope === 'all') return true;
  const host = labels?.[LABELS.host];
  const pid = Number(labels?.[LABELS.pid]);
  if (host !== here.host) return false;
  if (!Number.isInteger(pid) || pid <= 0) return true;
  return !here.isAlive(pid);
}

/** Signal 0 checks existence; EPERM means it exists but belongs to someone else. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
