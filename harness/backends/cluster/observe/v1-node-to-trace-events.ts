import type { V1Node } from '@kubernetes/client-node';
import type { ConditionStatus } from '../../../../specs/model/pod-condition.js';
import type { Millis } from '../../../../specs/model/time.js';
import type { TraceEvent } from '../../../../specs/model/trace-event.js';

/** What the trace follows of the Node: its Ready status and its taints (`key:Effect`). */
export interface NodeView {
  ready: ConditionStatus | undefined;
  taints: string[];
}

/** The one place the cluster backend reads `V1Node`. */
export function v1NodeView(node: V1Node): NodeView {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  return {
    ready: ready === 'True' || ready === 'False' || ready === 'Unknown' ? ready : undefined,
    taints: (node.spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`),
  };
}

/** NodeReadyChanged and NodeTaintAdded/Removed between two views of the Node. */
export function nodeViewChanges(before: NodeView | undefined, after: NodeView, at: Millis): TraceEvent[] {
  if (!before) return [];
  const out: TraceEvent[] = [];
  if (after.ready !== undefined && after.ready !== before.ready) out.push({ at, type: 'NodeReadyChanged', status: after.ready });
  for (const t of after.taints) if (!before.taints.includes(t)) out.push({ at, type: 'NodeTaintAdded', taint: t });
  for (const t of before.taints) if (!after.taints.includes(t)) out.push({ at, type: 'NodeTaintRemoved', taint: t });
  return out;
}
