/**
 * Data derived from an object, kept with that object so that it goes when the object goes.
 *
 * It is stored under a symbol of its own, not enumerable: JSON, spreads, Object.keys,
 * structuredClone and deep equality do not see it, and none of the object's fields change.
 * A WeakMap would keep the data apart, but V8 keeps a WeakMap's values alive through minor
 * GCs until the next full one: with a new trace for every scenario that made every GC of a
 * run costlier, the simulator's included. An object that cannot take a property (frozen,
 * sealed) has its data kept in a WeakMap instead.
 */
export class KeptWith<O extends object, V extends object> {
  private readonly key: symbol;
  private readonly elsewhere = new WeakMap<O, V>();

  constructor(description: string) {
    this.key = Symbol(description);
  }

  /** The data kept with `owner`, derived by `derive` on first use. */
  get(owner: O, derive: () => V): V {
    const kept = (owner as Record<symbol, V | undefined>)[this.key];
    if (kept !== undefined) return kept;
    if (!Object.isExtensible(owner)) {
      let value = this.elsewhere.get(owner);
      if (value === undefined) this.elsewhere.set(owner, (value = derive()));
      return value;
    }
    const value = derive();
    Object.defineProperty(owner, this.key, { value, enumerable: false, writable: false, configurable: false });
    return value;
  }
}
