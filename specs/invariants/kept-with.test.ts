import { describe, expect, it } from 'vitest';
import { KeptWith } from './kept-with.js';

describe('KeptWith', () => {
  it('derives once per object and keeps the value with it', () => {
    const kept = new KeptWith<object, { n: number }>('test');
    let derived = 0;
    const a = {};
    const b = {};
    const first = kept.get(a, () => ({ n: ++derived }));
    expect(kept.get(a, () => ({ n: ++derived }))).toBe(first);
    expect(kept.get(b, () => ({ n: ++derived }))).toEqual({ n: 2 });
    expect(derived).toBe(2);
  });

  it('leaves what the object looks like unchanged', () => {
    const kept = new KeptWith<{ x: number }, { n: number }>('test');
    const a = { x: 1 };
    kept.get(a, () => ({ n: 1 }));
    expect(JSON.stringify(a)).toBe('{"x":1}');
    expect(Object.keys(a)).toEqual(['x']);
    expect({ ...a }).toStrictEqual({ x: 1 });
    expect(structuredClone(a)).toStrictEqual({ x: 1 });
    expect(a).toStrictEqual({ x: 1 });
  });

  it('keeps the value elsewhere for an object that cannot take a property', () => {
    const kept = new KeptWith<object, { n: number }>('test');
    const frozen = Object.freeze({});
    const first = kept.get(frozen, () => ({ n: 1 }));
    expect(kept.get(frozen, () => ({ n: 2 }))).toBe(first);
  });
});
