import { join } from 'node:path';
import type { Scenario } from '../../specs/model/scenario.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { scenarioToYaml } from '../scenario/scenario-to-yaml.js';
import type { Counterexample } from './run-result.js';

/** The counterexample as a scenario file anyone can run: its origin says where it came from. */
export function counterexampleScenario(c: Counterexample, backend: string, runSeed: number): Scenario {
  return {
    ...c.scenario,
    name: `counterexample-${c.invariant.replace('/', '-')}`,
    description: `Violates ${c.invariant}: ${c.verdict.message}`,
    origin: { invariant: c.invariant, backend, seed: c.seed, path: c.path, runSeed, run: c.run, verdict: c.verdict },
  };
}

/** Writes it to `<dir>/counterexamples/<topic>-<name>.yaml` and returns the path and the command that replays it. */
export async function writeCounterexample(dir: string, c: Counterexample, backend: string, runSeed: number): Promise<{ file: string; replayCommand: string }> {
  const file = join(dir, 'counterexamples', `${c.invariant.replace('/', '-')}.yaml`);
  await writeFileAtomic(file, scenarioToYaml(counterexampleScenario(c, backend, runSeed)));
  return { file, replayCommand: `podlife replay ${file}${backend === 'sim' ? '' : ` --backend ${backend}`}` };
}
