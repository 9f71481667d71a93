import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sampleRunResult } from '../testing/sample-run-result.js';
import { junitXml } from './junit-xml.js';
import { xmlEscape } from './xml-escape.js';

type Node = Record<string, unknown>;
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name), parseAttributeValue: false }).parse(xml) as { testsuites: Node & { testsuite: (Node & { testcase: Node[]; properties: { property: Node[] } })[] } };
};

describe('junit.xml', () => {
  const result = sampleRunResult({ backend: 'sim:mutant:backoff-not-applied' });
  const doc = parse(junitXml([result]));
  const suite = doc.testsuites.testsuite[0]!;
  const cases = suite.testcase;
  const byName = (name: string) => cases.find((c) => c['@name'] === name)!;

  it('is testsuites › testsuite › testcase, a test case per invariant', () => {
    expect(doc.testsuites['@name']).toBe('podlife');
    expect(suite['@name']).toBe('podlife sim:mutant:backoff-not-applied');
    expect(cases.map((c) => c['@name'])).toEqual(result.invariants.map((i) => i.id));
    for (const c of cases) {
      expect(c['@classname']).toMatch(/^sim:mutant:backoff-not-applied\.[a-z]+$/);
      expect(c['@time']).toMatch(/^\d+(\.\d+)?$/);
      // at most one outcome element per test case, as the JUnit schema allows
      expect(['failure', 'error', 'skipped'].filter((k) => k in c).length).toBeLessThanOrEqual(1);
    }
  });

  it('has counts that add up, a time and a zone-less timestamp, on the suite and the whole', () => {
    const count = (k: string) => cases.filter((c) => k in c).length;
    expect(suite['@tests']).toBe(String(cases.length));
    expect(suite['@failures']).toBe(String(count('failure')));
    expect(suite['@errors']).toBe(String(count('error')));
    expect(suite['@skipped']).toBe(String(count('skipped')));
    expect([suite['@failures'], suite['@errors'], suite['@skipped']]).toEqual(['1', '1', '1']);
    expect(suite['@time']).toBe('11.334');
    expect(suite['@timestamp']).toBe('2026-01-02T03:04:05');
    for (const k of ['@tests', '@failures', '@errors', '@skipped', '@time']) expect(doc.testsuites[k]).toBe(suite[k]);
  });

  it('gives a violation as a failure with the message, expected vs observed, the citation and the replay command', () => {
    const failure = byName('restart/crash-loop-back-off').failure as Node;
    expect(failure['@type']).toBe('violation');
    expect(failure['@message']).toBe('the promise of restart/crash-loop-back-off: app: crash-loop back-off not respected');
    const body = String(failure['#text']);
    expect(body).toContain('expected: restart 10s after the exit at 1s');
    expect(body).toContain('observed: restarted 0s after it');
    expect(body).toContain('cites R4.4: pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff');
    expect(body).toContain('replay: podlife replay reports/out/x/counterexamples/restart-crash-loop-back-off.yaml --backend sim:mutant:backoff-not-applied');
  });

  it('marks an invariant that applied to no scenario skipped, with the reasons', () => {
    expect((byName('sidecars/start-order').skipped as Node)['@message']).toBe('applied to no scenario: no sidecar (90); no init container (10)');
    expect(byName('phase/terminal-is-absorbing')).not.toHaveProperty('skipped');
  });

  it('gives an invariant that threw as an error, not a failure', () => {
    const error = byName('probes/probe-period').error as Node;
    expect(error['@message']).toBe('run 3: TypeError: x is undefined');
    expect(String(error['#text'])).toContain('a bug in podlife');
  });

  it('records the run in properties', () => {
    const props = Object.fromEntries(suite.properties.property.map((p) => [p['@name'], p['@value']]));
    expect(props).toMatchObject({ backend: 'sim:mutant:backoff-not-applied', kubernetesVersion: '1.34', seed: '42', completedRuns: '100', interrupted: 'false' });
  });

  it('puts several runs in several suites, and the totals on testsuites', () => {
    const two = parse(junitXml([sampleRunResult(), sampleRunResult({ backend: 'cluster:kind' })]));
    expect(two.testsuites.testsuite.map((s) => s['@name'])).toEqual(['podlife sim', 'podlife cluster:kind']);
    expect(two.testsuites['@tests']).toBe('8');
    expect(two.testsuites['@failures']).toBe('2');
  });

  it('stays well-formed whatever the messages hold', () => {
    const nasty = 'a "quoted" <tag> & \'apostrophe\' ]]> \u0007bell\u0000nul \uD800lone\nnew line';
    const xml = junitXml([sampleRunResult({ message: nasty })]);
    const failure = parse(xml).testsuites.testsuite[0]!.testcase.find((c) => 'failure' in c)!.failure as Node;
    expect(String(failure['@message'])).toContain('a "quoted" <tag> & \'apostrophe\' ]]> \uFFFDbell\uFFFDnul \uFFFDlone');
    expect(xmlEscape('x\ny', { attribute: true })).toBe('x&#10;y');
  });
});
