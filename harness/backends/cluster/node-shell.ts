import type { NodeExecResult } from './cluster-provider.js';
import { NodeCommandError } from './node-command-error.js';

/** The two things bootstrapping needs from a node container: run a command, write a file. */
export interface NodeShell {
  exec(command: readonly string[]): Promise<NodeExecResult>;
  writeFile(path: string, content: string | Buffer): Promise<void>;
}

/** Runs a command and returns its stdout; a non-zero exit becomes NodeCommandError. */
export async function run(shell: NodeShell, command: readonly string[]): Promise<string> {
  const result = await shell.exec(command);
  if (result.exitCode !== 0) throw new NodeCommandError(command, result.exitCode, `${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
