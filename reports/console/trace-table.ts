import { printPod } from '../../specs/kubectl/print-pod.js';
import { formatDuration } from '../../specs/model/duration.js';
import type { PodSpec } from '../../specs/model/pod-manifest.js';
import type { Trace } from '../../specs/model/trace.js';
import type { TraceEvent } from '../../specs/model/trace-event.js';

export interface TraceTableOptions {
  /** Interleave the trace's events (starts, exits, probes, signals, faults) with the rows. */
  events?: boolean;
}

/**
 * A trace as `kubectl get pod -w` would have shown it: a row whenever READY, STATUS or
 * RESTARTS changed (R11), with the time since the scenario started. Events, if asked for,
 * go under the row of their moment, or carry their own time.
 */
export function traceTable(trace: Trace, spec: PodSpec, podName: string, options: TraceTableOptions = {}): string {
  type Row = { at: number; cells: string[] } | { at: number; event: TraceEvent };
  const rows: Row[] = [];
  let last = '';
  for (const snapshot of trace.snapshots) {
    const p = printPod(spec, snapshot.status, snapshot.deletionTimestamp);
    const cells = [formatDuration(snapshot.at), podName, p.ready, p.status, String(p.restarts)];
    const key = cells.slice(2).join('|');
    if (key === last) continue;
    last = key;
    rows.push({ at: snapshot.at, cells });
  }
  for (const event of trace.events) {
    if (event.type === 'PodRemoved') rows.push({ at: event.at, cells: [formatDuration(event.at), podName, '-', '(removed)', '-'] });
    else if (options.events) rows.push({ at: event.at, event });
  }
  rows.sort((a, b) => a.at - b.at);
  const header = ['TIME', 'NAME', 'READY', 'STATUS', 'RESTARTS'];
  const tableRows = rows.filter((r): r is { at: number; cells: string[] } => 'cells' in r);
  const widths = header.map((h, i) => Math.max(h.length, ...tableRows.map((r) => r.cells[i]!.length)));
  const pad = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]! + 3))).join('').trimEnd();
  const lines = [pad(header)];
  // An event shows its time when no line before it already did (it came after the last row's moment).
  let shownAt: number | undefined;
  for (const row of rows) {
    if ('cells' in row) lines.push(pad(row.cells));
    else lines.push(`${(row.at === shownAt ? '' : formatDuration(row.at)).padEnd(widths[0]! + 3)}· ${describeEvent(row.event)}`);
    shownAt = row.at;
  }
  return `${lines.join('\n')}\n`;
}

export function describeEvent(e: TraceEvent): string {
  switch (e.type) {
    case 'FaultInjected':
      return `fault ${e.fault.type}${'container' in e.fault ? ` ${e.fault.container}` : ''} ${e.outcome}${e.detail ? ` (${e.detail})` : ''}`;
    case 'SandboxCreated':
      return `sandbox created (attempt ${e.attempt})`;
    case 'ImagePulled':
      return `${e.container}: pulled ${e.image}`;
    case 'ImagePullFailed':
      return `${e.container}: pull of ${e.image} failed`;
    case 'ImagePullBackOff':
      return `${e.container}: backing off pulling ${e.image}`;
    case 'ContainerStarted':
      return `${e.container}: started (restartCount ${e.restartCount})`;
    case 'ContainerExited':
      return `${e.container}: exited ${e.exitCode} (${e.reason})`;
    case 'ContainerKilling':
      return `${e.container}: killing (${e.reason}, grace ${e.gracePeriodSeconds}s)`;
    case 'SignalSent':
      return `${e.container}: ${e.signal}`;
    case 'HookStarted':
      return `${e.container}: ${e.hook} started`;
    case 'HookFinished':
      return `${e.container}: ${e.hook} ${e.result}`;
    case 'ProbeResult':
      return `${e.container}: ${e.probe} probe ${e.result}`;
    case 'BackOff':
      return `${e.container}: back-off ${formatDuration(e.delay)}`;
    case 'DeletionRequested':
      return `deletion requested by ${e.by} (grace ${e.gracePeriodSeconds}s${e.force ? ', force' : ''})`;
    case 'NodeReadyChanged':
      return `node Ready=${e.status}`;
    case 'NodeTaintAdded':
      return `node tainted ${e.taint}`;
    case 'NodeTaintRemoved':
      return `node untainted ${e.taint}`;
    case 'PodRemoved':
      return 'pod removed from the API';
    default: {
      const never: never = e;
      return JSON.stringify(never);
    }
  }
}
