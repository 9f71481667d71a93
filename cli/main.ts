import { HarnessError } from '../harness/errors/harness-error.js';
import type { CliCommand, CliIo } from './cli-command.js';
import { clusterCommand } from './commands/cluster.js';
import { compareCommand } from './commands/compare.js';
import { invariantsCommand } from './commands/invariants.js';
import { mutantsCommand } from './commands/mutants.js';
import { replayCommand } from './commands/replay.js';
import { runCommand } from './commands/run.js';
import { simulateCommand } from './commands/simulate.js';
import { validateCommand } from './commands/validate.js';
import { UsageError } from './usage-error.js';

const COMMANDS: readonly CliCommand[] = [runCommand, replayCommand, simulateCommand, validateCommand, invariantsCommand, mutantsCommand, compareCommand, clusterCommand];

const overview = `podlife — property-based conformance suite for the Kubernetes Pod lifecycle

Usage: podlife <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run \`podlife <command> --help\` for a command's options.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${overview}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`podlife: unknown command "${name}"`, overview);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof HarnessError) {
      io.stderr.write(`${error.message}\n`);
      if (error instanceof UsageError && error.usage) io.stderr.write(`\n${error.usage}\n`);
      return error.exitCode;
    }
    const detail = process.env.PODLIFE_DEBUG ? (error as Error).stack : (error as Error).message;
    io.stderr.write(`podlife: internal error: ${detail}\n(set PODLIFE_DEBUG=1 for the stack trace)\n`);
    return 70;
  }
}

