import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import type { CliCommand } from '../cli-command.js';
import { parseOptions } from '../parse-options.js';

const usage = `Usage: podlife invariants [--json]

Lists the invariant catalogue: id, level, kind, the SEMANTICS rule it cites, and its title.`;

export const invariantsCommand: CliCommand = {
  name: 'invariants',
  summary: 'list the invariant catalogue with citations',
  usage,
  async run(argv, io) {
    const { values } = parseOptions(argv, { json: { type: 'boolean' } }, 'invariants', usage);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(CATALOGUE.map(({ check: _c, appliesTo: _a, ...data }) => data), null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...CATALOGUE.map((i) => i.id.length));
    for (const inv of CATALOGUE) {
      io.stdout.write(`${inv.id.padEnd(width)}  ${inv.level.padEnd(6)} ${inv.kind.padEnd(6)} ${inv.citation.rule.padEnd(6)} ${inv.title}\n`);
    }
    io.stdout.write(`${CATALOGUE.length} invariants\n`);
    return 0;
  },
};
