// The cache where no shared one exists (Node, tests): records in memory, least recently used dropped first
// once their bodies pass a byte cap, so a relay asked for many large feeds keeps a bounded footprint.

/** Bytes counted for a record beside its body: headers, validators, bookkeeping. */
const OVERHEAD = 512;

/**
 * @template T
 * @param {{ maxBytes: number, sizeOf: (value: T) => number }} options
 */
export function memoryStore({ maxBytes, sizeOf }) {
  /** @type {Map<string, { value: T, size: number }>} */
  const entries = new Map();
  let total = 0;

  const remove = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    total -= entry.size;
    entries.delete(key);
  };

  return {
    /** @param {string} key */
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Re-inserted so the Map's order stays least recently used first.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    /** @param {string} key @param {T} value */
    async put(key, value) {
      remove(key);
      const size = sizeOf(value) + OVERHEAD;
      if (size > maxBytes) return;
      entries.set(key, { value, size });
      total += size;
      for (const oldest of entries.keys()) {
        if (total <= maxBytes) break;
        remove(oldest);
      }
    },
    /** Bytes held, for the health probe. */
    get bytes() {
      return total;
    },
    get size() {
      return entries.size;
    },
  };
}
