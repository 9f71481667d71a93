import { readFile } from 'node:fs/promises';
import type { Scenario } from '../../specs/model/scenario.js';
import { InvalidScenarioError } from './invalid-scenario-error.js';
import { readScenario } from './read-scenario.js';
import { parseYamlSource } from './yaml-source.js';

/** Reads, parses and validates a scenario file (YAML, of which JSON is a subset). */
export async function loadScenarioFile(file: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? `it is a directory (name its files, e.g. ${file}/*.yaml)` : code === 'EACCES' ? 'permission denied' : (cause as Error).message;
    throw new InvalidScenarioError(file, [{ path: '(file)', message: `cannot read: ${reason}` }], { cause });
  }
  return parseScenarioText(text, file);
}

export function parseScenarioText(text: string, file: string): Scenario {
  const parsed = parseYamlSource(text);
  if (!parsed.ok) throw new InvalidScenarioError(file, parsed.issues);
  const read = readScenario(parsed.source.data, parsed.source.lineOf);
  if (!read.ok) throw new InvalidScenarioError(file, read.issues);
  return read.scenario;
}
