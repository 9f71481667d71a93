import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.js';

describe('the invariant catalogue', () => {
  it('has unique, topic/name ids', () => {
    const ids = CATALOGUE.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  it('cites a SEMANTICS.md rule, an upstream source and a link for every invariant', () => {
    for (const inv of CATALOGUE) {
      // a numbered rule (R4.4), or a section (R11) where SEMANTICS.md gives the rule as one algorithm
      expect(inv.citation.rule, inv.id).toMatch(/^R\d+(\.\d+)?$/);
      expect(inv.citation.source.length, inv.id).toBeGreaterThan(5);
      expect(inv.citation.url, inv.id).toMatch(/^https:\/\//);
    }
  });

  it('cites only rules that SEMANTICS.md defines', () => {
    const semantics = readFileSync(fileURLToPath(new URL('../../SEMANTICS.md', import.meta.url)), 'utf8');
    for (const inv of CATALOGUE) {
      const rule = inv.citation.rule;
      const section = /^R(\d+)$/.exec(rule);
      const defined = section ? new RegExp(`^## ${section[1]}\\. `, 'm').test(semantics) : new RegExp(`\\b${rule.replace('.', '\\.')}\\b`).test(semantics);
      expect(defined, `${inv.id} cites ${rule}`).toBe(true);
    }
  });

  it('gives every timing invariant a tolerance with a reason', () => {
    for (const inv of CATALOGUE.filter((i) => i.kind === 'timing')) {
      expect(inv.tolerance, inv.id).toBeDefined();
      expect(inv.tolerance!.why.length, inv.id).toBeGreaterThan(10);
    }
  });

  it('keeps each invariant in the file named by its id, with a test beside it', () => {
    for (const inv of CATALOGUE) {
      const base = fileURLToPath(new URL(`./${inv.id}`, import.meta.url));
      expect(existsSync(`${base}.ts`), `${inv.id}.ts`).toBe(true);
      expect(existsSync(`${base}.test.ts`), `${inv.id}.test.ts`).toBe(true);
    }
  });
});
