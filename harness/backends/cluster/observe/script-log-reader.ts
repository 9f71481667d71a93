import type { NodeHandle } from '../cluster-provider.js';
import { readFrom } from '../inject/node-scripts.js';

/**
 * Reads the scripts' log of one scenario from the node, incrementally: each read
 * returns the complete lines appended since the last one. The log sits in a hostPath
 * directory, so it can still be read after the Pod is gone.
 */
export class ScriptLogReader {
  private offset = 0;
  private partial = '';
  private text = '';

  constructor(
    private readonly node: NodeHandle,
    readonly path: string,
  ) {}

  /** Everything read so far (complete lines). */
  get content(): string {
    return this.text;
  }

  async read(): Promise<void> {
    const result = await this.node.exec(readFrom(this.path, this.offset));
    if (result.exitCode !== 0 || result.stdout === '') return;
    this.offset += Buffer.byteLength(result.stdout, 'utf8');
    const chunk = this.partial + result.stdout;
    const end = chunk.lastIndexOf('\n');
    this.text += chunk.slice(0, end + 1);
    this.partial = chunk.slice(end + 1);
  }
}
