import type { NodeHandle } from '../cluster-provider.js';
import { NodeCommandError } from '../node-command-error.js';

/** Runs a command on the node and returns its stdout; a non-zero exit becomes NodeCommandError. */
export async function runOnNode(node: NodeHandle, command: readonly string[]): Promise<string> {
  const result = await node.exec(command);
  if (result.exitCode !== 0) throw new NodeCommandError(command, result.exitCode, `${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
