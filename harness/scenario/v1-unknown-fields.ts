import * as k8s from '@kubernetes/client-node';
import type { DocPath } from './scenario-issue.js';

interface AttributeType {
  name: string;
  baseName: string;
  type: string;
}
type ModelClass = { getAttributeTypeMap(): AttributeType[] };

const models = k8s as unknown as Record<string, ModelClass | undefined>;

/**
 * Strict field validation, as `kubectl apply --validate=strict` does it: every key of the
 * pod manifest must be a field of the v1 schema. The schema comes from the generated
 * models of @kubernetes/client-node (the API version the cluster backend speaks).
 */
export function unknownV1Fields(value: unknown, typeName: string, path: DocPath): { path: DocPath; field: string; known: string[] }[] {
  const found: { path: DocPath; field: string; known: string[] }[] = [];
  walk(value, typeName, path, found);
  return found;
}

function walk(value: unknown, type: string, path: DocPath, found: { path: DocPath; field: string; known: string[] }[]): void {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, array[1]!, [...path, i], found));
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(item, map[1]!, [...path, key], found);
    }
    return;
  }
  const model = models[type];
  if (!model || typeof model.getAttributeTypeMap !== 'function') return; // a primitive, IntOrString, Date …
  if (typeof value !== 'object' || Array.isArray(value)) return;
  const attributes = model.getAttributeTypeMap();
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const attribute = attributes.find((a) => a.baseName === key);
    if (!attribute) found.push({ path: [...path, key], field: key, known: attributes.map((a) => a.baseName) });
    else walk(item, attribute.type, [...path, key], found);
  }
}
