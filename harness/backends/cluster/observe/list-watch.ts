import { setTimeout as sleep } from 'node:timers/promises';
import type { KubeConfig } from '@kubernetes/client-node';
import { getJson, streamJson, TABLE_ACCEPT } from './api-stream.js';
import type { TableColumn } from './printed-columns.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** A Table row's cells, with the columns they belong to, when the watch asked for Table printing. */
export interface TableCells {
  columns: readonly TableColumn[];
  cells: readonly unknown[];
}

export interface ListWatchOptions {
  kubeConfig: KubeConfig;
  /** A collection, e.g. `/api/v1/namespaces/ns/pods`. */
  path: string;
  fieldSelector?: string;
  /** Ask for the API server's Table printing, with each row's whole object. */
  table?: boolean;
  /** Called in the order the API server sent the changes; `receivedAt` is epoch ms. */
  onEvent(type: WatchEventType, object: unknown, receivedAt: number, table: TableCells | undefined): void;
  /** Reconnects, and gaps the watch could not cover (the list is then delivered again). */
  onProblem(message: string): void;
}

interface ListBody {
  metadata?: { resourceVersion?: string };
  items?: unknown[];
  columnDefinitions?: TableColumn[];
  rows?: { cells: unknown[]; object: unknown }[];
}

/**
 * List, then watch from the list's resourceVersion, resuming from the last version
 * seen after every disconnect, and listing again when the server has compacted past it
 * (410 Gone) — the informer pattern, reduced to what one scenario needs.
 */
export class ListWatch implements AsyncDisposable {
  private readonly controller = new AbortController();
  private resourceVersion = '';
  private columns: readonly TableColumn[] = [];
  private loop: Promise<void> | undefined;

  constructor(private readonly options: ListWatchOptions) {}

  /** Lists (delivering what exists as ADDED) and starts watching; resolves once the watch is set up. */
  async start(): Promise<void> {
    await this.list();
    this.loop = this.watchLoop();
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  private get query() {
    return {
      ...(this.options.fieldSelector ? { fieldSelector: this.options.fieldSelector } : {}),
      ...(this.options.table ? { includeObject: 'Object' } : {}),
    };
  }

  private async list(): Promise<void> {
    const body = await getJson<ListBody>(this.options.kubeConfig, {
      path: this.options.path,
      query: this.query,
      ...(this.options.table ? { accept: TABLE_ACCEPT } : {}),
      signal: this.controller.signal,
    });
    this.resourceVersion = body.metadata?.resourceVersion ?? '';
    this.deliver('ADDED', body, Date.now());
  }

  private deliver(type: WatchEventType, body: ListBody | unknown, receivedAt: number): void {
    const table = body as ListBody;
    if (this.options.table && Array.isArray(table.rows)) {
      if (table.columnDefinitions?.length) this.columns = table.columnDefinitions;
      for (const row of table.rows) this.options.onEvent(type, row.object, receivedAt, { columns: this.columns, cells: row.cells });
      return;
    }
    if (Array.isArray(table.items)) {
      for (const item of table.items) this.options.onEvent(type, item, receivedAt, undefined);
      return;
    }
    this.options.onEvent(type, body, receivedAt, undefined);
  }

  private async watchLoop(): Promise<void> {
    const signal = this.controller.signal;
    while (!signal.aborted) {
      let gone = false;
      const stream = new AbortController();
      const stop = () => stream.abort();
      signal.addEventListener('abort', stop, { once: true });
      try {
        await streamJson(this.options.kubeConfig, {
          path: this.options.path,
          query: { ...this.query, watch: 'true', resourceVersion: this.resourceVersion, timeoutSeconds: '600', ...(this.options.table ? {} : { allowWatchBookmarks: 'true' }) },
          ...(this.options.table ? { accept: TABLE_ACCEPT } : {}),
          signal: stream.signal,
        }, (value) => {
          const event = value as { type?: string; object?: { code?: number; message?: string; metadata?: { resourceVersion?: string } } };
          const receivedAt = Date.now();
          if (event.type === 'ERROR') {
            gone = event.object?.code === 410;
            if (!gone) this.options.onProblem(`watch error: ${event.object?.message ?? 'unknown'}`);
            stream.abort();
            return;
          }
          const version = event.object?.metadata?.resourceVersion;
          if (version) this.resourceVersion = version;
          if (event.type === 'ADDED' || event.type === 'MODIFIED' || event.type === 'DELETED') this.deliver(event.type, event.object, receivedAt);
        });
      } catch (error) {
        if (signal.aborted) break;
        this.options.onProblem(`watch of ${this.options.path} reconnects: ${(error as Error).message}`);
        await sleep(500, undefined, { signal }).catch(() => undefined);
      } finally {
        signal.removeEventListener('abort', stop);
      }
      if (gone && !signal.aborted) {
        this.options.onProblem(`watch of ${this.options.path} fell behind (410 Gone): listed again, changes in between are not observed`);
        await this.list().catch((error: unknown) => this.options.onProblem(`relist failed: ${(error as Error).message}`));
      }
    }
  }
}
