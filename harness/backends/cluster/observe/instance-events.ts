import type { Millis } from '../../../../specs/model/time.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';
import type { ObservedInstance } from './observed-instance.js';

/**
 * ContainerStarted and ContainerExited for each instance, and SignalSent SIGKILL
 * where the runtime must have sent one: a script cannot log a SIGKILL, so an exit
 * with code 137 that the script did not log, after it logged a SIGTERM, and not
 * explained by a fault that kills from outside, is the end of the stop timeout.
 */
export function instanceEvents(instances: readonly ObservedInstance[], outsideKills: readonly Millis[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const inst of instances) {
    out.push({ at: inst.startedAt, type: 'ContainerStarted', container: inst.container, restartCount: inst.restartCount });
    const exit = inst.exit;
    if (!exit) continue;
    const lastSigterm = inst.sigterms.at(-1);
    const killedFromOutside = outsideKills.some((t) => t >= inst.startedAt && t <= exit.at);
    if (exit.from !== 'log' && exit.exitCode === 137 && lastSigterm !== undefined && !killedFromOutside) {
      out.push({ at: exit.at, type: 'SignalSent', container: inst.container, signal: 'SIGKILL' });
    }
    out.push({ at: exit.at, type: 'ContainerExited', container: inst.container, exitCode: exit.exitCode, reason: exit.reason });
  }
  return out;
}
