import { HOOK_NAMES, PROBE_OUTCOMES, PROBE_TYPES, type HookName, type ProbeOutcome, type ProbeType } from '../../../../specs/model/behaviour.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { ScenarioClock } from './scenario-clock.js';

/** One line the generated scripts wrote (translate/script-log-format.ts), in trace time. */
export type ScriptLogLine = { at: Millis; container: string; start: number | undefined } & (
  | { kind: 'start' }
  | { kind: 'exit'; exitCode: number }
  | { kind: 'sigterm' }
  | { kind: 'oom' }
  | { kind: 'probe'; probe: ProbeType; result: ProbeOutcome }
  | { kind: 'hook'; hook: HookName; phase: 'start' }
  | { kind: 'hook'; hook: HookName; phase: 'finish'; result: ProbeOutcome }
);

const LINE = /^(\d+)\.(\d{6}) (\S+) (\S+) (\S+)(?: (.*))?$/;

/** Parses the log; a line that does not parse (a torn write) is skipped and counted. */
export function parseScriptLog(text: string, clock: ScenarioClock): { lines: ScriptLogLine[]; unreadable: number } {
  const lines: ScriptLogLine[] = [];
  let unreadable = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    const line = parseLine(raw, clock);
    if (line) lines.push(line);
    else unreadable++;
  }
  return { lines, unreadable };
}

function parseLine(raw: string, clock: ScenarioClock): ScriptLogLine | undefined {
  const m = LINE.exec(raw.trim());
  if (!m) return undefined;
  const [, sec, usec, container, startText, kind, rest = ''] = m;
  const at = clock.fromEpochMs(Number(sec) * 1000 + Math.floor(Number(usec) / 1000));
  const start = /^\d+$/.test(startText!) ? Number(startText) : undefined;
  const base = { at, container: container!, start };
  const args = rest.split(' ').filter(Boolean);
  switch (kind) {
    case 'start': {
      const startedAt = Number(args[0]);
      return { ...base, ...(Number.isInteger(startedAt) && args[0] ? { at: clock.fromEpochMs(startedAt) } : {}), kind };
    }
    case 'sigterm':
    case 'oom':
      return { ...base, kind };
    case 'exit': {
      const exitCode = Number(args[0]);
      return Number.isInteger(exitCode) ? { ...base, kind, exitCode } : undefined;
    }
    case 'probe': {
      const [probe, result] = args;
      if (!oneOf(PROBE_TYPES, probe) || !oneOf(PROBE_OUTCOMES, result)) return undefined;
      return { ...base, kind, probe, result };
    }
    case 'hook': {
      const [hook, phase, result] = args;
      if (!oneOf(HOOK_NAMES, hook)) return undefined;
      if (phase === 'start') return { ...base, kind, hook, phase };
      if (phase === 'finish' && oneOf(PROBE_OUTCOMES, result)) return { ...base, kind, hook, phase, result };
      return undefined;
    }
    default:
      return undefined;
  }
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}
