import { describe, expect, it } from 'vitest';
import { NodeLock } from './node-lock.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('NodeLock', () => {
  it('lets shared holders in together and keeps an exclusive one waiting until they leave', async () => {
    const lock = new NodeLock();
    const a = await lock.acquire('shared');
    const b = await lock.acquire('shared');
    let exclusive = false;
    const pending = lock.acquire('exclusive').then((l) => { exclusive = true; return l; });
    await tick();
    expect(exclusive).toBe(false);
    a.release();
    await tick();
    expect(exclusive).toBe(false);
    b.release();
    (await pending).release();
    expect(exclusive).toBe(true);
  });

  it('lets a waiting exclusive holder go before later shared ones', async () => {
    const lock = new NodeLock();
    const order: string[] = [];
    const first = await lock.acquire('shared');
    const x = lock.acquire('exclusive').then((l) => { order.push('exclusive'); return l; });
    const s = lock.acquire('shared').then((l) => { order.push('shared'); return l; });
    first.release();
    (await x).release();
    (await s).release();
    expect(order).toEqual(['exclusive', 'shared']);
  });

  it('gives up waiting when aborted', async () => {
    const lock = new NodeLock();
    const held = await lock.acquire('exclusive');
    const controller = new AbortController();
    const waiting = lock.acquire('shared', controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    held.release();
    (await lock.acquire('exclusive')).release();
  });
});
