import { LineCounter, parseDocument, type Document } from 'yaml';
import type { DocPath, ScenarioIssue } from './scenario-issue.js';

/** A parsed YAML (or JSON) document that can say on which line a value stands. */
export interface YamlSource {
  data: unknown;
  lineOf(path: DocPath): number | undefined;
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; issues: ScenarioIssue[] };

export function parseYamlSource(text: string): YamlParse {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        path: '(document)',
        message: `malformed YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        ...(e.linePos?.[0] ? { line: e.linePos[0].line } : {}),
      })),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  return {
    ok: true,
    source: {
      data,
      lineOf(path) {
        // The deepest node that exists: a missing field points at its parent.
        for (let depth = path.length; depth >= 0; depth--) {
          const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
          const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
          if (range) return lineCounter.linePos(range[0]).line;
        }
        return undefined;
      },
    },
  };
}
