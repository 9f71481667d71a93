import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../../scenario/load-scenario-file.js';
import { simulate } from '../simulate.js';
import { TraceQuery } from './trace-query.js';

/** Test support: `examples/<name>.yaml` run on the simulator, ready to query. */
export function simulateExample(name: string): TraceQuery {
  const path = fileURLToPath(new URL(`../../../examples/${name}.yaml`, import.meta.url));
  const scenario = parseScenarioText(readFileSync(path, 'utf8'), path);
  return new TraceQuery(simulate(scenario), scenario);
}
