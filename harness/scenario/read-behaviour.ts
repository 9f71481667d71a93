import { HOOK_NAMES, PROBE_OUTCOMES, PROBE_TYPES, type ContainerBehaviour, type HookBehaviour, type ProbeStep, type Run, type SigtermBehaviour } from '../../specs/model/behaviour.js';
import type { PodContainer } from '../../specs/model/container-role.js';
import type { FieldReader } from './field-reader.js';
import type { DocPath } from './scenario-issue.js';

const PROBE_FIELDS = { startup: 'startupProbe', liveness: 'livenessProbe', readiness: 'readinessProbe' } as const;

/** One entry of `containers:` — what a container's process does. */
export function readBehaviour(r: FieldReader, value: unknown, path: DocPath, container: PodContainer): ContainerBehaviour | undefined {
  const o = r.object(value, path, ['runs', 'onSigterm', 'probes', 'hooks']);
  if (!o) return undefined;
  const behaviour: ContainerBehaviour = {};
  if (o.runs !== undefined) {
    const runs = r.list(o.runs, [...path, 'runs']);
    if (runs) {
      if (runs.length === 0) r.fail([...path, 'runs'], 'must have at least one entry (use [{}] to run until signalled)');
      behaviour.runs = runs.map((run, i) => readRun(r, run, [...path, 'runs', i])).filter((x): x is Run => x !== undefined);
    }
  }
  if (o.onSigterm !== undefined) {
    const s = readSigterm(r, o.onSigterm, [...path, 'onSigterm']);
    if (s) behaviour.onSigterm = s;
  }
  if (o.probes !== undefined) {
    const probes = r.object(o.probes, [...path, 'probes'], PROBE_TYPES);
    if (probes) {
      behaviour.probes = {};
      for (const type of PROBE_TYPES) {
        if (probes[type] === undefined) continue;
        const at = [...path, 'probes', type];
        if (!container.spec[PROBE_FIELDS[type]]) r.fail(at, `the pod declares no ${PROBE_FIELDS[type]} for container "${container.name}"`);
        const steps = readSteps(r, probes[type], at);
        if (steps) behaviour.probes[type] = steps;
      }
    }
  }
  if (o.hooks !== undefined) {
    const hooks = r.object(o.hooks, [...path, 'hooks'], HOOK_NAMES);
    if (hooks) {
      behaviour.hooks = {};
      for (const hook of HOOK_NAMES) {
        if (hooks[hook] === undefined) continue;
        const at = [...path, 'hooks', hook];
        if (!container.spec.lifecycle?.[hook]) r.fail(at, `the pod declares no lifecycle.${hook} for container "${container.name}"`);
        const h = readHook(r, hooks[hook], at);
        if (h) behaviour.hooks[hook] = h;
      }
    }
  }
  return behaviour;
}

function readRun(r: FieldReader, value: unknown, path: DocPath): Run | undefined {
  const o = r.object(value, path, ['exitAfter', 'exitCode']);
  if (!o) return undefined;
  const run: Run = {};
  if (o.exitAfter !== undefined) {
    const d = r.duration(o.exitAfter, [...path, 'exitAfter']);
    if (d !== undefined) run.exitAfter = d;
  }
  if (o.exitCode !== undefined) {
    if (o.exitAfter === undefined) r.fail([...path, 'exitCode'], 'needs exitAfter: a run without exitAfter runs until it is signalled');
    const c = r.integer(o.exitCode, [...path, 'exitCode'], { min: 0, max: 255 });
    if (c !== undefined) run.exitCode = c;
  }
  return run;
}

function readSigterm(r: FieldReader, value: unknown, path: DocPath): SigtermBehaviour | undefined {
  const o = r.object(value, path, ['ignore', 'exitAfter', 'exitCode']);
  if (!o) return undefined;
  const ignore = o.ignore === undefined ? false : r.boolean(o.ignore, [...path, 'ignore']);
  if (ignore) {
    if (o.exitAfter !== undefined || o.exitCode !== undefined) r.fail(path, 'ignore: true cannot be combined with exitAfter or exitCode');
    return { ignore: true };
  }
  const s: { ignore?: false; exitAfter?: number; exitCode?: number } = {};
  if (o.exitAfter !== undefined) {
    const d = r.duration(o.exitAfter, [...path, 'exitAfter']);
    if (d !== undefined) s.exitAfter = d;
  }
  if (o.exitCode !== undefined) {
    const c = r.integer(o.exitCode, [...path, 'exitCode'], { min: 0, max: 255 });
    if (c !== undefined) s.exitCode = c;
  }
  return s;
}

function readSteps(r: FieldReader, value: unknown, path: DocPath): ProbeStep[] | undefined {
  const list = r.list(value, path);
  if (!list) return undefined;
  const steps: ProbeStep[] = [];
  list.forEach((item, i) => {
    const o = r.object(item, [...path, i], ['at', 'result']);
    if (!o) return;
    const at = o.at === undefined ? r.fail([...path, i], 'needs "at"') : r.duration(o.at, [...path, i, 'at']);
    const result = o.result === undefined ? r.fail([...path, i], 'needs "result"') : r.oneOf(o.result, [...path, i, 'result'], PROBE_OUTCOMES);
    if (at !== undefined && result !== undefined) steps.push({ at, result });
  });
  // Stable by time: later entries win at equal times.
  return steps.map((s, i) => ({ s, i })).sort((a, b) => a.s.at - b.s.at || a.i - b.i).map((x) => x.s);
}

function readHook(r: FieldReader, value: unknown, path: DocPath): HookBehaviour | undefined {
  const o = r.object(value, path, ['duration', 'result']);
  if (!o) return undefined;
  const hook: HookBehaviour = {};
  if (o.duration !== undefined) {
    const d = r.duration(o.duration, [...path, 'duration']);
    if (d !== undefined) hook.duration = d;
  }
  if (o.result !== undefined) {
    const res = r.oneOf(o.result, [...path, 'result'], PROBE_OUTCOMES);
    if (res) hook.result = res;
  }
  return hook;
}
