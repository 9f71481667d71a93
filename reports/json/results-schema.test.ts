import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRunResult } from '../../harness/runner/build-run-result.js';
import { propertyRun } from '../../harness/runner/property-run.js';
import { resolveRunOptions } from '../../harness/runner/run-options.js';
import { mutantBackendNamed } from '../../harness/mutants/mutant-backend.js';
import { HOOK_NAMES, PROBE_OUTCOMES, PROBE_TYPES } from '../../specs/model/behaviour.js';
import { FAULT_TYPES } from '../../specs/model/fault.js';
import { POD_PHASES } from '../../specs/model/pod-phase.js';
import { QOS_CLASSES } from '../../specs/model/qos-class.js';
import { DELETERS, FAULT_OUTCOMES, HOOK_RESULTS, KILL_REASONS, SIGNALS } from '../../specs/model/trace-event.js';
import { CATALOGUE } from '../../specs/invariants/catalogue.js';
import { sampleRunResult } from '../testing/sample-run-result.js';
import { formatResultsJson } from './format-results-json.js';
import { RESULTS_SCHEMA } from './results-schema.js';
import { validateResults } from './validate-results.js';

type Defs = Record<string, { properties?: Record<string, { enum?: unknown[]; const?: unknown }>; allOf?: { if: unknown; then: { properties: Record<string, { enum?: unknown[] }> } }[] }>;
const defs = (RESULTS_SCHEMA as { $defs: Defs }).$defs;

describe('results.json schema', () => {
  it('is the checked-in file', () => {
    expect(RESULTS_SCHEMA).toEqual(JSON.parse(readFileSync(new URL('./results.schema.json', import.meta.url), 'utf8')));
  });

  it('accepts what a real property run writes, violations and traces included', async () => {
    const backend = mutantBackendNamed('sim:mutant:backoff-not-applied')!;
    const options = resolveRunOptions({ backend: backend.name, runs: 40, seed: 7, shrink: false }, new Date(0));
    const started = new Date();
    const outcome = await propertyRun({ backend, invariants: CATALOGUE, runs: options.runs, seed: options.seed, shrink: false });
    const result = buildRunResult(outcome, backend, options, started, new Date());
    expect(result.counts.violated).toBeGreaterThan(0);
    const checked = validateResults(JSON.parse(formatResultsJson(result)));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it('accepts every status: passed, violated with a counterexample, skipped, errored', () => {
    const checked = validateResults(JSON.parse(JSON.stringify(sampleRunResult())));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it('says where a file departs from it', () => {
    const broken = JSON.parse(JSON.stringify(sampleRunResult())) as Record<string, unknown> & { metadata: Record<string, unknown>; invariants: Record<string, unknown>[] };
    delete broken.metadata.seed;
    broken.invariants[0]!.level = 'may';
    (broken.invariants[1]!.counterexample as { trace: { snapshots: { status: { phase: string } }[] } }).trace.snapshots[0]!.status.phase = 'Exploded';
    broken.extra = true;
    const checked = validateResults(broken, 10);
    expect(checked.ok).toBe(false);
    const errors = checked.ok ? [] : checked.errors;
    expect(errors).toContain('/metadata: must have required property \'seed\'');
    expect(errors).toContain('/invariants/0/level: must be one of "must", "should"');
    expect(errors).toContain('(top level): unexpected property "extra"');
    expect(errors.some((e) => e.startsWith('/invariants/1/counterexample/trace/snapshots/0/status/phase: must be one of'))).toBe(true);
  });

  it('rejects another schema version', () => {
    const other = { ...JSON.parse(JSON.stringify(sampleRunResult())), schemaVersion: 2 };
    expect(validateResults(other).ok).toBe(false);
  });

  // The schema spells out the model's vocabularies; when one grows, this says which enum to update.
  it('names the same vocabularies as the model', () => {
    const eventThen = (type: string) => defs.event!.allOf!.find((a) => JSON.stringify(a.if).includes(`"${type}"`))!.then.properties;
    expect(defs.podStatus!.properties!.phase!.enum).toEqual([...POD_PHASES]);
    expect(defs.podStatus!.properties!.qosClass!.enum).toEqual([...QOS_CLASSES]);
    expect((defs.scenario!.properties!.faults as unknown as { items: { properties: { type: { enum: unknown[] } } } }).items.properties.type.enum).toEqual([...FAULT_TYPES]);
    expect(eventThen('ContainerKilling').reason!.enum).toEqual([...KILL_REASONS]);
    expect(eventThen('SignalSent').signal!.enum).toEqual([...SIGNALS]);
    expect(eventThen('HookFinished').result!.enum).toEqual([...HOOK_RESULTS]);
    expect(eventThen('HookStarted').hook!.enum).toEqual([...HOOK_NAMES]);
    expect(eventThen('ProbeResult').probe!.enum).toEqual([...PROBE_TYPES]);
    expect(eventThen('ProbeResult').result!.enum).toEqual([...PROBE_OUTCOMES]);
    expect(eventThen('DeletionRequested').by!.enum).toEqual([...DELETERS]);
    expect(eventThen('FaultInjected').outcome!.enum).toEqual([...FAULT_OUTCOMES]);
  });
});

describe('formatResultsJson', () => {
  it('parses to exactly what JSON.stringify gives, one snapshot and one event per line', () => {
    const result = sampleRunResult();
    const text = formatResultsJson(result);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(result)));
    const trace = result.invariants[1]!.counterexample!.trace;
    const lines = text.split('\n');
    expect(lines.filter((l) => l.trimStart().startsWith('{"at":')).length).toBe(trace.snapshots.length + trace.events.length);
    expect(text.length).toBeLessThan(JSON.stringify(result, null, 2).length / 2);
  });
});
