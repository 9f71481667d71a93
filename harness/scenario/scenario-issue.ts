/** A path into a scenario document: object keys and list indices. */
export type DocPath = readonly (string | number)[];

/** One thing wrong with a scenario file. */
export interface ScenarioIssue {
  path: string;
  message: string;
  line?: number;
}

/** `['pod','spec','containers',0,'name']` → `pod.spec.containers[0].name` */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out || '(document)';
}
