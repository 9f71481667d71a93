import { stringify } from 'yaml';
import type { ContainerBehaviour } from '../../specs/model/behaviour.js';
import { formatDuration } from '../../specs/model/duration.js';
import type { ScheduledFault } from '../../specs/model/fault.js';
import type { Scenario } from '../../specs/model/scenario.js';

/** A scenario as a file: the form users write, with durations spelled out (`1m30s`). */
export function scenarioToYaml(scenario: Scenario): string {
  const doc: Record<string, unknown> = {
    apiVersion: scenario.apiVersion,
    kind: scenario.kind,
    name: scenario.name,
    ...(scenario.description ? { description: scenario.description } : {}),
    until: formatDuration(scenario.until),
    pod: scenario.pod,
  };
  const containers = Object.entries(scenario.containers).filter(([, b]) => Object.keys(b).length > 0);
  if (containers.length > 0) doc.containers = Object.fromEntries(containers.map(([name, b]) => [name, behaviourDoc(b)]));
  if (scenario.faults.length > 0) doc.faults = scenario.faults.map(faultDoc);
  if (scenario.origin) doc.origin = scenario.origin;
  return stringify(doc, { lineWidth: 0, flowCollectionPadding: false, aliasDuplicateObjects: false });
}

function behaviourDoc(b: ContainerBehaviour): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (b.runs) out.runs = b.runs.map((r) => ({ ...(r.exitAfter !== undefined ? { exitAfter: formatDuration(r.exitAfter) } : {}), ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}) }));
  if (b.onSigterm) {
    out.onSigterm = b.onSigterm.ignore
      ? { ignore: true }
      : { ...(b.onSigterm.exitAfter !== undefined ? { exitAfter: formatDuration(b.onSigterm.exitAfter) } : {}), ...(b.onSigterm.exitCode !== undefined ? { exitCode: b.onSigterm.exitCode } : {}) };
  }
  if (b.probes) {
    out.probes = Object.fromEntries(Object.entries(b.probes).map(([type, steps]) => [type, (steps ?? []).map((s) => ({ at: formatDuration(s.at), result: s.result }))]));
  }
  if (b.hooks) {
    out.hooks = Object.fromEntries(
      Object.entries(b.hooks).map(([hook, h]) => [hook, { ...(h?.duration !== undefined ? { duration: formatDuration(h.duration) } : {}), ...(h?.result ? { result: h.result } : {}) }]),
    );
  }
  return out;
}

function faultDoc(f: ScheduledFault): Record<string, unknown> {
  const { at, ...rest } = f;
  const out: Record<string, unknown> = { at: formatDuration(at), ...rest };
  if (f.type === 'ImagePullFailure' && f.until !== undefined) out.until = formatDuration(f.until);
  return out;
}
