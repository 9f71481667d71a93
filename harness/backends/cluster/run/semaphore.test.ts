import { describe, expect, it } from 'vitest';
import { Semaphore } from './semaphore.js';

describe('Semaphore', () => {
  it('admits at most `limit` at once, the rest in order', async () => {
    const semaphore = new Semaphore(2);
    const order: number[] = [];
    const r1 = await semaphore.acquire();
    const r2 = await semaphore.acquire();
    const third = semaphore.acquire().then((r) => { order.push(3); return r; });
    const fourth = semaphore.acquire().then((r) => { order.push(4); return r; });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    r1();
    r1();
    (await third)();
    r2();
    (await fourth)();
    expect(order).toEqual([3, 4]);
  });
});
