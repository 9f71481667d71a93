/** One `podlife <name>` subcommand. `run` returns the process exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Full help text, printed by `podlife <name> --help`. */
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Aborted on SIGINT/SIGTERM: long-running commands stop, clean up and report what they have. */
  signal: AbortSignal;
}
