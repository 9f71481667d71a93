import { assertNever } from '../../specs/model/assert-never.js';
import { FAULT_TYPES, type Fault, type ScheduledFault } from '../../specs/model/fault.js';
import type { FieldReader } from './field-reader.js';
import type { DocPath } from './scenario-issue.js';

const FIELDS: Record<Fault['type'], readonly string[]> = {
  DeletePod: ['gracePeriodSeconds', 'force'],
  KillContainer: ['container'],
  OOMKill: ['container'],
  ImagePullFailure: ['container', 'until'],
  NodeDown: [],
  NodeUp: [],
  NodeReboot: [],
  UpdateImage: ['container', 'image'],
  SetActiveDeadline: ['seconds'],
  RemoveContainer: ['container'],
};

/** One entry of `faults:`. `containers` are the pod's container names. */
export function readFault(r: FieldReader, value: unknown, path: DocPath, containers: ReadonlySet<string>): ScheduledFault | undefined {
  const probe = r.map(value, path);
  if (!probe) return undefined;
  const type = r.oneOf(probe.type, [...path, 'type'], FAULT_TYPES);
  if (!type) return undefined;
  const o = r.object(value, path, ['at', 'type', ...FIELDS[type]]);
  if (!o) return undefined;
  const at = o.at === undefined ? r.fail(path, 'needs "at" (when the fault happens)') : r.duration(o.at, [...path, 'at']);
  const container = (): string | undefined => {
    if (o.container === undefined) return r.fail(path, `${type} needs "container"`);
    const name = r.string(o.container, [...path, 'container']);
    if (name !== undefined && !containers.has(name)) return r.fail([...path, 'container'], `no container named "${name}" in the pod (it has: ${[...containers].join(', ')})`);
    return name;
  };
  let fault: Fault | undefined;
  switch (type) {
    case 'DeletePod': {
      const f: Fault = { type };
      if (o.gracePeriodSeconds !== undefined) {
        const g = r.integer(o.gracePeriodSeconds, [...path, 'gracePeriodSeconds'], { min: 0 });
        if (g !== undefined) f.gracePeriodSeconds = g;
      }
      if (o.force !== undefined) {
        const force = r.boolean(o.force, [...path, 'force']);
        if (force !== undefined) f.force = force;
      }
      fault = f;
      break;
    }
    case 'KillContainer':
    case 'OOMKill':
    case 'RemoveContainer': {
      const c = container();
      if (c !== undefined) fault = { type, container: c };
      break;
    }
    case 'ImagePullFailure': {
      const c = container();
      const until = o.until === undefined ? undefined : r.duration(o.until, [...path, 'until']);
      if (until !== undefined && at !== undefined && until <= at) r.fail([...path, 'until'], 'must be later than "at"');
      if (c !== undefined) fault = until === undefined ? { type, container: c } : { type, container: c, until };
      break;
    }
    case 'NodeDown':
    case 'NodeUp':
    case 'NodeReboot':
      fault = { type };
      break;
    case 'UpdateImage': {
      const c = container();
      const image = o.image === undefined ? r.fail(path, 'UpdateImage needs "image"') : r.string(o.image, [...path, 'image']);
      if (c !== undefined && image !== undefined) fault = { type, container: c, image };
      break;
    }
    case 'SetActiveDeadline': {
      const seconds = o.seconds === undefined ? r.fail(path, 'SetActiveDeadline needs "seconds"') : r.integer(o.seconds, [...path, 'seconds']);
      if (seconds !== undefined) fault = { type, seconds };
      break;
    }
    default:
      return assertNever(type);
  }
  if (fault === undefined || at === undefined) return undefined;
  return { at, ...fault };
}
