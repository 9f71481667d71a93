import type { Millis } from '../../../../specs/model/time.js';
import type { NodeHandle } from '../cluster-provider.js';
import { podContainersRunning } from '../inject/node-scripts.js';
import type { NodeContainerState } from './observation-settled.js';

/**
 * Looks at the node for the pod's containers once the API no longer shows them (a force
 * delete removes the object while the kubelet is still stopping them, R5.9). A process the
 * runtime SIGKILLs cannot log its own exit, so the moment its task is first seen stopped is
 * the only record of that exit: an upper bound, good to one poll.
 */
export class NodeContainerWatch {
  /** Per container name: when its task was first seen stopped since it was last seen running. */
  private readonly stopped = new Map<string, Millis>();

  constructor(
    private readonly node: NodeHandle,
    private readonly podUid: string,
    private readonly names: readonly string[],
  ) {}

  /** One look at the node; `now` is read once the answer is in, so a stop is never put before it happened. */
  async poll(now: () => Millis): Promise<NodeContainerState> {
    if (!this.node.available || this.names.length === 0) return 'unknown';
    const result = await this.node.exec(podContainersRunning(this.podUid, this.names)).catch(() => undefined);
    const running = result?.exitCode === 0 ? parseContainersRunning(result.stdout, this.names) : undefined;
    if (!running) return 'unknown';
    const at = now();
    for (const name of this.names) {
      if (running.has(name)) this.stopped.delete(name);
      else if (!this.stopped.has(name)) this.stopped.set(name, at);
    }
    return running.size > 0 ? 'running' : 'stopped';
  }

  /** When each container was first seen stopped on the node (since it last ran), in trace time. */
  get stoppedAt(): ReadonlyMap<string, Millis> {
    return this.stopped;
  }
}

/** Parses podContainersRunning's output (`NAME running|stopped` per name): the names running; undefined if it is not that. */
export function parseContainersRunning(stdout: string, names: readonly string[]): Set<string> | undefined {
  const running = new Set<string>();
  const seen = new Set<string>();
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^(\S+) (running|stopped)$/.exec(line.trim());
    if (!m || !names.includes(m[1]!)) return undefined;
    seen.add(m[1]!);
    if (m[2] === 'running') running.add(m[1]!);
  }
  return seen.size === names.length ? running : undefined;
}
