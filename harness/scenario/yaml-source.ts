import { LineCounter, parseDocument, type Document } from 'yaml';
import type { DocPath, ScenarioIssue } from './scenario-issue.js';

/** A parsed YAML (or JSON) document that can say on which line a value stands. */
export interface YamlSource {
  data: unknown;
  lineOf(path: DocPath): number | undefined;
}

export type YamlParse = { ok: true; source: YamlSource } | { ok: false; issues: ScenarioIssue[] };

/** The parser quotes the source it stopped at, however long: a message keeps this many characters. */
const MAX_MESSAGE = 120;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function parseYamlSource(text: string): YamlParse {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    // The first error is the one to fix: the parser's later ones mostly follow from it.
    const first = doc.errors[0]!;
    const more = doc.errors.length - 1;
    const message = clip(first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), MAX_MESSAGE);
    return {
      ok: false,
      issues: [
        {
          path: '(document)',
          message: `malformed YAML: ${message}${more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'} after it)` : ''}`,
          ...(first.linePos?.[0] ? { line: first.linePos[0].line } : {}),
        },
      ],
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
