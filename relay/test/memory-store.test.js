// The Node relay's cache: bounded by bytes, least recently used dropped first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryStore } from '../memory-store.js';

describe('the in-memory store', () => {
  it('drops the least recently used records past its byte cap', async () => {
    const store = memoryStore({ maxBytes: 3000, sizeOf: (value) => value.length });
    await store.put('a', 'x'.repeat(800));
    await store.put('b', 'x'.repeat(800));
    await store.get('a');
    await store.put('c', 'x'.repeat(800));
    assert.equal(await store.get('b'), undefined);
    assert.ok(await store.get('a'));
    assert.ok(await store.get('c'));
    assert.ok(store.bytes <= 3000);
    await store.put('huge', 'x'.repeat(5000));
    assert.equal(await store.get('huge'), undefined);
  });
});
