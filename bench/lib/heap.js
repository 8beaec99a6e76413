// What a page's script retains, read from a V8 heap snapshot: the memory case's measure of growth, and
// bench/heap-growth.js's source for explaining it.
//
// `JSHeapUsedSize` counts everything in V8's heap, and most of what it gains over a few thousand mounts is not
// held by the page's script: optimized code and its deoptimization data, the weak lists V8 keeps of which code
// depends on which object shapes, feedback. V8 keeps optimizing a component's functions for several thousand
// mounts (trials with the list: +32, +18, +8.5, +2.8, +5.1, +0.6, -2.1 KiB per 1,000 mounts after the first
// 1,000), and how fast depends on the machine's load, which is what made a single before/after pair swing from
// 3 to 41 KiB between runs for the same build. A heap snapshot tells those apart from what a leak is made of:
// objects, closures and their scopes, arrays and the tables of Maps and Sets, strings, numbers.

const JS_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'symbol',
  'bigint',
]);

/**
 * Is a node of the snapshot something script can hold? V8's own objects are typed `code`, `hidden`, `object
 * shape` or `native`, or are `object`s named `system / …` (scope infos, feedback cells, allocation sites), of
 * which only contexts (a closure's variables) are the script's.
 */
export function isScriptHeld(type, name) {
  if (!JS_TYPES.has(type)) return false;
  return type !== 'object' || !name.startsWith('system /') || name.startsWith('system / Context');
}

/** Calls `visit(type, name, selfSize, index)` for every node of a parsed snapshot, in order. */
export function eachNode({ snapshot: { meta }, nodes, strings }, visit) {
  const fields = meta.node_fields;
  const [types] = meta.node_types;
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((name) => fields.indexOf(name));
  for (let base = 0, index = 0; base < nodes.length; base += fields.length, index++) {
    visit(types[nodes[base + TYPE]], strings[nodes[base + NAME]], nodes[base + SIZE], index);
  }
}

/** Takes a heap snapshot (V8 collects garbage fully first) and parses it. */
export async function takeSnapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join(''));
}

/** The bytes and the count of the objects script holds on the page now. */
export async function scriptHeld(cdp) {
  let bytes = 0;
  let objects = 0;
  eachNode(await takeSnapshot(cdp), (type, name, size) => {
    if (!isScriptHeld(type, name)) return;
    bytes += size;
    objects++;
  });
  return { bytes, objects };
}
