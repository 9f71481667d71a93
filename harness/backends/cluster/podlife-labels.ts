import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/** Every container, network and volume podlife creates carries these labels, so it can find its own. */
export const LABELS = {
  owner: 'dev.podlife.owner',
  run: 'dev.podlife.run',
  pid: 'dev.podlife.pid',
  host: 'dev.podlife.host',
  provider: 'dev.podlife.provider',
} as const;

export const OWNER = 'podlife';

/** Identifies one cluster start: names and labels of its resources derive from it. */
export interface RunIdentity {
  runId: string;
  /** The process that owns the resources; when it is gone they are leftovers. */
  pid: number;
  host: string;
}

export function newRunIdentity(): RunIdentity {
  // Lowercase letters and digits only: it ends up in a Kubernetes node name.
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  return { runId, pid: process.pid, host: hostname() };
}

export function runLabels(identity: RunIdentity, provider: string): Record<string, string> {
  return {
    [LABELS.owner]: OWNER,
    [LABELS.run]: identity.runId,
    [LABELS.pid]: String(identity.pid),
    [LABELS.host]: identity.host,
    [LABELS.provider]: provider,
  };
}
