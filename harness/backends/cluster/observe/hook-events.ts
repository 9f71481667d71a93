import type { HookName } from '../../../../specs/model/behaviour.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { HookResult, TraceEvent } from '../../../../specs/model/trace-event.js';
import type { ObservedInstance } from './observed-instance.js';
import type { ScriptLogLine } from './script-log-line.js';

/**
 * HookStarted / HookFinished. Exec hooks log both ends; a hook that logged no
 * finish was abandoned (a preStop still running when the SIGTERM came, R5.3) or
 * died with its container (Failure, as the simulator says). Handlers the kubelet
 * runs itself are derived in kubelet-hook-events.ts.
 */
export function hookEvents(lines: readonly ScriptLogLine[], instances: ReadonlyMap<string, readonly ObservedInstance[]>): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open = new Map<string, Millis>();
  const finish = (container: string, hook: HookName, at: Millis, result: HookResult) => {
    out.push({ at, type: 'HookFinished', container, hook, result });
    open.delete(`${container}/${hook}`);
  };
  for (const line of lines) {
    if (line.kind !== 'hook') continue;
    const key = `${line.container}/${line.hook}`;
    if (line.phase === 'start') {
      const pending = open.get(key);
      if (pending !== undefined) closeOpen(line.container, line.hook, pending, lines, instances, finish, line.at);
      out.push({ at: line.at, type: 'HookStarted', container: line.container, hook: line.hook });
      open.set(key, line.at);
    } else if (open.has(key)) {
      finish(line.container, line.hook, line.at, line.result);
    }
  }
  for (const [key, startedAt] of [...open]) {
    const [container, hook] = key.split('/') as [string, HookName];
    closeOpen(container, hook, startedAt, lines, instances, finish, Infinity);
  }
  return out;
}

function closeOpen(
  container: string,
  hook: HookName,
  startedAt: Millis,
  lines: readonly ScriptLogLine[],
  instances: ReadonlyMap<string, readonly ObservedInstance[]>,
  finish: (container: string, hook: HookName, at: Millis, result: HookResult) => void,
  before: Millis,
): void {
  if (hook === 'preStop') {
    const sigterm = lines.find((l) => l.kind === 'sigterm' && l.container === container && l.at >= startedAt && l.at < before);
    if (sigterm) return finish(container, hook, sigterm.at, 'Abandoned');
  }
  const exit = (instances.get(container) ?? []).find((i) => i.exit && i.exit.at >= startedAt && i.exit.at < before)?.exit;
  if (exit) finish(container, hook, exit.at, 'Failure');
}
