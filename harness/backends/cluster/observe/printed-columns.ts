import type { Snapshot } from '../../../../specs/model/trace.js';

export type PrintedColumns = NonNullable<Snapshot['printed']>;

/** A `meta.k8s.io/v1` Table column definition, as the API server sends it. */
export interface TableColumn {
  name: string;
}

/**
 * The READY, STATUS and RESTARTS cells of the API server's own Table row for a Pod
 * (kube-apiserver's printPod, R11). RESTARTS reads "2 (15s ago)": only the count is kept.
 */
export function printedColumns(columns: readonly TableColumn[], cells: readonly unknown[]): PrintedColumns | undefined {
  const cell = (name: string) => {
    const i = columns.findIndex((c) => c.name.toLowerCase() === name);
    return i >= 0 ? cells[i] : undefined;
  };
  const ready = cell('ready');
  const status = cell('status');
  const restarts = cell('restarts');
  if (typeof ready !== 'string' || typeof status !== 'string') return undefined;
  const count = typeof restarts === 'number' ? restarts : Number.parseInt(String(restarts ?? '0'), 10);
  return { ready, status, restarts: Number.isFinite(count) ? count : 0 };
}
