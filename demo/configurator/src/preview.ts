// The preview frame: a blank page, like the one a snippet is pasted into, holding the real element (from the
// built bundle that preview.html loads) configured from this page's address, the theme set through the CSSOM.
import { readState } from './state.js';
import { BUILD } from './build-info.js';
import { elementSpecs } from './manifest.js';
import { changedAttributes, changedTheme } from './snippet.js';

const specs = elementSpecs(BUILD.manifest);
const state = readState(
  location.search,
  specs.map((spec) => spec.tag),
);
const spec = specs.find((s) => s.tag === state.element)!;

if (state.relay && spec.readsFeed) {
  const meta = document.createElement('meta');
  meta.name = 'news-widgets:relay';
  meta.content = state.relay;
  document.head.append(meta);
}
const element = document.createElement(spec.tag);
element.id = 'previewed';
for (const [name, value] of changedAttributes(state, spec)) element.setAttribute(name, value);
for (const [name, value] of changedTheme(state, spec)) element.style.setProperty(name, value);
if (state.backdrop) document.documentElement.style.setProperty('background', state.backdrop);
document.body.append(element);

// The builder sizes the frame to its content (the body and its margin: the root's scroll height never drops
// below the frame's own height, so a frame could only grow).
new ResizeObserver(() => {
  const { bottom } = document.body.getBoundingClientRect();
  const margin = parseFloat(getComputedStyle(document.body).marginBottom);
  parent.postMessage({ height: bottom + margin + scrollY }, location.origin);
}).observe(document.body);
