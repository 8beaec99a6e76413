// `node bench/heap-growth.js <tag> [cycles]`: what an element leaves on the heap per mount, for explaining a
// figure of the memory case rather than taking one. Needs `npm run build` first. On bench/pages/memory.html it
// mounts and unmounts `<tag>` `cycles` times (default 1,000) as a warm-up, then takes a heap snapshot after each
// of two more rounds. Whatever a mount leaks is in the snapshots as objects whose count (or, for a Map's or an
// array's backing store, size) grows in both rounds; what is made once (caches, optimized code) grows in the
// first round at most. It prints how much of that growth script holds (lib/heap.js) beside `JSHeapUsedSize`'s,
// each kind of object (constructor, closure or internal type by name) that grew in both rounds, then for the
// newest object of the kinds that grew most the shortest path from a GC root that holds it, which names the
// map, set or listener list that keeps it. `KEEP=<tag>` keeps one element of that kind on the page throughout,
// as a site's header ticker does, so what every element shares (the lang observer, the backdrop's watchers)
// stays started. Example:
//   KEEP=nw-dateline node bench/heap-growth.js nw-news-list 500
import { rm } from 'node:fs/promises';
import { launchBrowser, metrics, openPage } from './lib/browser.js';
import { writeFeeds } from './lib/feeds.js';
import { isScriptHeld, takeSnapshot } from './lib/heap.js';
import { startServer } from './lib/server.js';

const [tag = 'nw-news-list', cyclesArg = '1000'] = process.argv.slice(2);
const cycles = Number(cyclesArg);

async function snapshot(page, cdp) {
  // The long-task probe's list (lib/browser.js), as the memory case empties it: not the element's.
  await page.evaluate(() => {
    window.__bench.longTasks.length = 0;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await metrics(cdp)).JSHeapUsedSize;
  const nodes = readSnapshot(await takeSnapshot(cdp));
  return { used, nodes };
}

/** The snapshot's flat arrays as nodes with their kind, and the edges both ways. */
function readSnapshot({ snapshot: { meta }, nodes, edges, strings }) {
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const field = (name) => meta.node_fields.indexOf(name);
  const [TYPE, NAME, ID, SIZE, EDGES] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(
    field,
  );
  const count = nodes.length / nodeFields;
  const list = [];
  let edgeIndex = 0;
  for (let i = 0; i < count; i++) {
    const base = i * nodeFields;
    const type = nodeTypes[nodes[base + TYPE]];
    const name = strings[nodes[base + NAME]];
    // Strings and numbers by type alone: their text is their name, and each text would be its own kind.
    const kind = ['string', 'concatenated string', 'sliced string', 'number'].includes(type)
      ? `(${type})`
      : `${type} ${name.slice(0, 80)}`;
    const out = [];
    for (let e = 0; e < nodes[base + EDGES]; e++, edgeIndex += edgeFields) {
      const edgeType = edgeTypes[edges[edgeIndex]];
      const nameOrIndex = edges[edgeIndex + 1];
      out.push({
        type: edgeType,
        name: edgeType === 'element' || edgeType === 'hidden' ? nameOrIndex : strings[nameOrIndex],
        to: edges[edgeIndex + 2] / nodeFields,
      });
    }
    const held = isScriptHeld(type, name);
    list.push({ kind, held, id: nodes[base + ID], size: nodes[base + SIZE], out, in: [] });
  }
  for (const [from, node] of list.entries()) {
    for (const edge of node.out) list[edge.to].in.push({ ...edge, from });
  }
  return list;
}

function tally(list) {
  const kinds = new Map();
  for (const node of list) {
    const entry = kinds.get(node.kind) ?? { count: 0, size: 0, held: node.held };
    entry.count++;
    entry.size += node.size;
    kinds.set(node.kind, entry);
  }
  return kinds;
}

/** Distance of every node from the roots over strong edges (weak ones hold nothing). */
function distances(list) {
  const distance = new Array(list.length).fill(Infinity);
  distance[0] = 0;
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head];
    for (const edge of list[from].out) {
      if (edge.type === 'weak' || distance[edge.to] !== Infinity) continue;
      distance[edge.to] = distance[from] + 1;
      queue.push(edge.to);
    }
  }
  return distance;
}

/** From the node up to a root: each line is the object holding the one before, and by which edge. */
function retainerPath(list, distance, index) {
  const steps = [];
  for (let at = index; at > 0 && steps.length < 14;) {
    const edge = list[at].in
      .filter((e) => e.type !== 'weak' && distance[e.from] < distance[at])
      .sort((a, b) => distance[a.from] - distance[b.from])[0];
    if (!edge) break;
    steps.push(`${list[edge.from].kind} --${edge.type}:${edge.name}-->`);
    at = edge.from;
  }
  return steps;
}

const feedsDir = await writeFeeds();
const server = await startServer({ '/gen/': feedsDir });
const browser = await launchBrowser();
try {
  const { page, cdp, errors } = await openPage(browser, `${server.origin}/pages/memory.html`);
  await page.waitForFunction(() => typeof window.benchCycle === 'function', { timeout: 10_000 });
  if (process.env.KEEP)
    await page.evaluate(
      (name) => document.body.append(document.createElement(name)),
      process.env.KEEP,
    );
  const round = () => page.evaluate((name, n) => window.benchCycle(name, n), tag, cycles);
  await cdp.send('HeapProfiler.enable');
  await round();
  const first = await snapshot(page, cdp);
  await round();
  const second = await snapshot(page, cdp);
  await round();
  const third = await snapshot(page, cdp);
  if (errors.length) throw new Error(errors.join(' | '));
  const [before, middle, after] = [first, second, third].map(({ nodes }) => tally(nodes));
  const grown = [...after]
    .map(([kind, { count, size }]) => ({
      kind,
      one: (middle.get(kind)?.count ?? 0) - (before.get(kind)?.count ?? 0),
      two: count - (middle.get(kind)?.count ?? 0),
      bytesOne: (middle.get(kind)?.size ?? 0) - (before.get(kind)?.size ?? 0),
      bytesTwo: size - (middle.get(kind)?.size ?? 0),
    }))
    // A backing store (a Map's table, an array's elements) grows in bytes without growing in count.
    .filter((row) => (row.one > 0 && row.two > 0) || (row.bytesOne > 0 && row.bytesTwo > 0))
    .sort((a, b) => b.bytesOne + b.bytesTwo - (a.bytesOne + a.bytesTwo));
  const held = ({ nodes }) => nodes.reduce((sum, node) => sum + (node.held ? node.size : 0), 0);
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`<${tag}>, ${cycles} cycles a round, growth in round 1 and round 2:`);
  console.log(
    `  held by script: ${kib(held(second) - held(first))}, ${kib(held(third) - held(second))}`,
  );
  console.log(
    `  JSHeapUsedSize: ${kib(second.used - first.used)}, ${kib(third.used - second.used)}`,
  );
  console.log('grew in both rounds (count, then bytes, in round 1 and round 2; * held by script):');
  const cell = (value, width) => String(value).padStart(width);
  for (const { one, two, bytesOne, bytesTwo, kind } of grown.slice(0, 40)) {
    const mark = after.get(kind).held ? '*' : ' ';
    console.log(
      `  ${cell(one, 6)} ${cell(two, 6)} ${cell(bytesOne, 8)} ${cell(bytesTwo, 8)} ${mark} ${kind}`,
    );
  }
  const thirdList = third.nodes;
  const distance = distances(thirdList);
  // The kinds script holds first: those are what a fix can let go of.
  for (const row of [...grown.filter((r) => after.get(r.kind).held), ...grown].slice(0, 8)) {
    const newest = thirdList.reduce(
      (best, node, index) =>
        node.kind === row.kind && (best < 0 || node.id > thirdList[best].id) ? index : best,
      -1,
    );
    console.log(`\nheld: ${row.kind}`);
    for (const step of retainerPath(thirdList, distance, newest)) console.log(`  ${step}`);
  }
  await page.close();
} finally {
  await browser.close();
  await server.close();
  await rm(feedsDir, { recursive: true, force: true });
}
