import type { ContainerBehaviour } from '../../specs/model/behaviour.js';
import { podContainers } from '../../specs/model/container-role.js';
import type { ScheduledFault } from '../../specs/model/fault.js';
import type { Pod } from '../../specs/model/pod-manifest.js';
import { DEFAULT_HORIZON, SCENARIO_API_VERSION, SCENARIO_KIND, type Scenario, type ScenarioOrigin } from '../../specs/model/scenario.js';
import { validatePod } from '../../specs/validation/validate-pod.js';
import { FieldReader } from './field-reader.js';
import { readBehaviour } from './read-behaviour.js';
import { readFault } from './read-fault.js';
import type { DocPath, ScenarioIssue } from './scenario-issue.js';
import { unknownV1Fields } from './v1-unknown-fields.js';

const TOP_LEVEL = ['apiVersion', 'kind', 'name', 'description', 'until', 'pod', 'containers', 'faults', 'origin'] as const;

export type ScenarioRead = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/**
 * Reads a parsed scenario document: the envelope, the Pod (strict v1 fields, then the
 * API server's validation), the behaviours and the fault schedule. Every problem is
 * reported, not just the first.
 */
export function readScenario(data: unknown, lineOf: (path: DocPath) => number | undefined = () => undefined): ScenarioRead {
  const r = new FieldReader(lineOf);
  const o = r.object(data, [], TOP_LEVEL);
  if (!o) return { ok: false, issues: r.issues };

  if (o.apiVersion !== SCENARIO_API_VERSION) r.fail(['apiVersion'], `must be "${SCENARIO_API_VERSION}"`);
  if (o.kind !== SCENARIO_KIND) r.fail(['kind'], `must be "${SCENARIO_KIND}"`);
  const name = o.name === undefined ? r.fail([], 'needs "name"') : r.string(o.name, ['name'], { nonEmpty: true });
  const description = o.description === undefined ? undefined : r.string(o.description, ['description']);
  const until = o.until === undefined ? DEFAULT_HORIZON : r.duration(o.until, ['until']);
  if (until === 0) r.fail(['until'], 'must be longer than 0');

  // A pod with validation errors still names its containers: behaviours and faults are checked against them too.
  const pod = o.pod === undefined ? r.fail([], 'needs "pod" (a v1 Pod manifest)') : readPod(r, o.pod);
  const containers: Record<string, ContainerBehaviour> = {};
  const faults: ScheduledFault[] = [];
  if (pod) {
    const byName = new Map(podContainers(pod).map((c) => [c.name, c]));
    if (o.containers !== undefined) {
      const map = r.map(o.containers, ['containers']);
      for (const [containerName, value] of Object.entries(map ?? {})) {
        const container = byName.get(containerName);
        if (!container) {
          r.fail(['containers', containerName], `no container named "${containerName}" in the pod (it has: ${[...byName.keys()].join(', ')})`);
          continue;
        }
        if (container.role === 'init' && value && typeof value === 'object' && ('probes' in value || 'hooks' in value)) {
          r.fail(['containers', containerName], 'a regular init container has no probes or hooks (R2.6)');
        }
        const behaviour = readBehaviour(r, value, ['containers', containerName], container);
        if (behaviour) containers[containerName] = behaviour;
      }
    }
    if (o.faults !== undefined) {
      const list = r.list(o.faults, ['faults']);
      list?.forEach((item, i) => {
        const fault = readFault(r, item, ['faults', i], new Set(byName.keys()));
        if (fault) faults.push(fault);
      });
    }
  }

  const origin = o.origin === undefined ? undefined : readOrigin(r, o.origin);
  if (r.issues.length > 0 || !pod || name === undefined || until === undefined) return { ok: false, issues: r.issues };
  faults.sort((a, b) => a.at - b.at); // stable: equal times keep file order
  return {
    ok: true,
    scenario: {
      apiVersion: SCENARIO_API_VERSION,
      kind: SCENARIO_KIND,
      name,
      ...(description !== undefined ? { description } : {}),
      until,
      pod,
      containers,
      faults,
      ...(origin ? { origin } : {}),
    },
  };
}

function readOrigin(r: FieldReader, value: unknown): ScenarioOrigin | undefined {
  const o = r.object(value, ['origin'], ['invariant', 'backend', 'seed', 'path', 'runSeed', 'run', 'verdict']);
  if (!o) return undefined;
  const v = r.object(o.verdict, ['origin', 'verdict'], ['at', 'expected', 'observed', 'message', 'container']);
  const invariant = r.string(o.invariant, ['origin', 'invariant']);
  const backend = r.string(o.backend, ['origin', 'backend']);
  const seed = r.integer(o.seed, ['origin', 'seed']);
  const path = r.string(o.path, ['origin', 'path']);
  const runSeed = r.integer(o.runSeed, ['origin', 'runSeed']);
  const run = r.integer(o.run, ['origin', 'run'], { min: 0 });
  if (!v || invariant === undefined || backend === undefined || seed === undefined || path === undefined || runSeed === undefined || run === undefined) return undefined;
  const at = r.integer(v.at, ['origin', 'verdict', 'at']);
  const expected = r.string(v.expected, ['origin', 'verdict', 'expected']);
  const observed = r.string(v.observed, ['origin', 'verdict', 'observed']);
  const message = r.string(v.message, ['origin', 'verdict', 'message']);
  const container = v.container === undefined ? undefined : r.string(v.container, ['origin', 'verdict', 'container']);
  if (at === undefined || expected === undefined || observed === undefined || message === undefined) return undefined;
  return { invariant, backend, seed, path, runSeed, run, verdict: { at, expected, observed, message, ...(container !== undefined ? { container } : {}) } };
}

function readPod(r: FieldReader, value: unknown): Pod | undefined {
  const o = r.map(value, ['pod']);
  if (!o) return undefined;
  for (const unknown of unknownV1Fields(o, 'V1Pod', ['pod'])) {
    r.fail(unknown.path, `unknown field "${unknown.field}" (not a field of the v1 Pod schema)`);
  }
  if (o.apiVersion !== undefined && o.apiVersion !== 'v1') r.fail(['pod', 'apiVersion'], 'must be "v1"');
  if (o.kind !== undefined && o.kind !== 'Pod') r.fail(['pod', 'kind'], 'must be "Pod"');
  if (o.status !== undefined) r.fail(['pod', 'status'], 'a scenario describes the pod to create; status is what it observes');
  const pod = o as unknown as Pod;
  if (!checkShape(r, pod)) return undefined;
  for (const error of validatePod(pod)) r.fail(['pod', ...pathOf(error.path)], error.message);
  return pod;
}

/** The types validation relies on: objects and lists where the schema has them. */
function checkShape(r: FieldReader, pod: Pod): boolean {
  const before = r.issues.length;
  if (pod.metadata === undefined) r.fail(['pod'], 'needs "metadata" with a name');
  else r.map(pod.metadata, ['pod', 'metadata']);
  if (pod.spec === undefined) {
    r.fail(['pod'], 'needs "spec"');
    return false;
  }
  const spec = r.map(pod.spec, ['pod', 'spec']);
  if (!spec) return false;
  for (const list of ['containers', 'initContainers', 'readinessGates', 'tolerations'] as const) {
    const value = spec[list];
    if (value === undefined) continue;
    const items = r.list(value, ['pod', 'spec', list]);
    items?.forEach((item, i) => r.map(item, ['pod', 'spec', list, i]));
  }
  return r.issues.length === before;
}

/** `spec.containers[0].name` → ['spec','containers',0,'name'] */
function pathOf(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[[^\]]+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[([^\]]+)\]/g)) out.push(/^\d+$/.test(idx[1]!) ? Number(idx[1]) : idx[1]!);
  }
  return out;
}
