import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { parseScenarioText } from '../scenario/load-scenario-file.js';
import { simulate } from '../simulator/simulate.js';

// Every invariant holds on every hand-written example: the model keeps the promises it models.
const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
const examples = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('the catalogue on the examples', () => {
  for (const file of examples) {
    it(file, () => {
      const scenario = parseScenarioText(readFileSync(`${dir}${file}`, 'utf8'), file);
      const trace = simulate(scenario);
      const failures = [];
      for (const inv of CATALOGUE) {
        const applies = inv.appliesTo ? inv.appliesTo(scenario, trace) : true;
        if (applies !== true) continue;
        const verdict = inv.check(trace, scenario);
        if (!verdict.ok) failures.push({ id: inv.id, ...verdict });
      }
      expect(failures).toEqual([]);
    });
  }
});
