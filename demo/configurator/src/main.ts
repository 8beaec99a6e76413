// The embed builder: state from the address → controls, preview and snippet; a control's change → a new
// address (pushState) → the same render. Back/Forward re-read the address. One way for data to flow.
import { BUILD } from './build-info.js';
import { buildControls, syncControls, type Change } from './controls.js';
import { h } from './dom.js';
import { checkFeed, isReport, type FeedProblem, type FeedReport } from './feed-check.js';
import { elementSpecs, type ElementSpec } from './manifest.js';
import { PRESETS } from './presets.js';
import { snippet, styleHashOf, styleText, type FeedFacts } from './snippet.js';
import { readState, writeState, VIEWS, type State, type View } from './state.js';

const specs = elementSpecs(BUILD.manifest);
const tags = specs.map((spec) => spec.tag);
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const form = $<HTMLFormElement>('#controls');
const elementPicker = $<HTMLSelectElement>('#element');
const preview = $<HTMLIFrameElement>('#preview');
const output = $<HTMLElement>('#snippet');
const copyStatus = $<HTMLElement>('#copy-status');
const checkOutput = $<HTMLElement>('#feed-report');

let state: State = readState(location.search, tags);
let builtFor = '';
/** The last feed check, for the snippet's img-src; kept only for the address it checked. */
let facts: { src: string; facts: FeedFacts } | undefined;
let checking: AbortController | undefined;
/** The preview address the frame shows. */
let shown = '';

const specOf = (tag: string): ElementSpec => specs.find((spec) => spec.tag === tag)!;

const change: Change = (apply) => {
  const next = readState(writeState(state), tags);
  apply(next);
  state = next;
  history.pushState(null, '', writeState(state));
  void render();
};

function previewUrl(): string {
  // The preview page reads the same state from its own address.
  return `preview.html${writeState(state)}`;
}

async function render(): Promise<void> {
  const spec = specOf(state.element);
  if (builtFor !== spec.tag) {
    buildControls(form, spec, change);
    builtFor = spec.tag;
  }
  elementPicker.value = spec.tag;
  syncControls(form, state);
  $<HTMLInputElement>('#bundle').value = state.bundle;
  $<HTMLInputElement>('#relay').value = state.relay;
  for (const radio of document.querySelectorAll<HTMLInputElement>('[name=view]'))
    radio.checked = radio.value === state.view;
  preview.style.width = `${VIEWS[state.view]}px`;
  const url = previewUrl();
  // replace(): the preview's navigations stay out of the page's history, so Back steps through settings.
  if (!shown) preview.src = url;
  else if (url !== shown) preview.contentWindow?.location.replace(url);
  shown = url;

  const style = styleText(state, spec);
  const src = state.attributes.get('src') ?? '';
  const known = facts?.src === src ? facts.facts : undefined;
  output.textContent = snippet({
    state,
    spec,
    build: BUILD,
    styleHash: await styleHashOf(style),
    facts: known,
  });
}

elementPicker.append(...specs.map((spec) => h('option', { value: spec.tag }, `<${spec.tag}>`)));
elementPicker.addEventListener('change', () =>
  change((next) => {
    next.element = elementPicker.value;
    // Attributes the new element lacks are dropped; shared ones (src, locale…) are kept.
    const names = new Set(specOf(next.element).attributes.map((a) => a.name));
    for (const name of next.attributes.keys()) if (!names.has(name)) next.attributes.delete(name);
  }, true),
);
$<HTMLInputElement>('#bundle').addEventListener('change', (event) =>
  change((next) => (next.bundle = (event.target as HTMLInputElement).value.trim()), true),
);
$<HTMLInputElement>('#relay').addEventListener('change', (event) =>
  change((next) => (next.relay = (event.target as HTMLInputElement).value.trim()), true),
);
for (const radio of document.querySelectorAll<HTMLInputElement>('[name=view]'))
  radio.addEventListener('change', () => change((next) => (next.view = radio.value as View), true));
$<HTMLSelectElement>('#preset').addEventListener('change', (event) => {
  const select = event.target as HTMLSelectElement;
  const preset = PRESETS[select.value];
  if (!preset) return;
  change((next) => {
    next.theme = new Map(Object.entries(preset.values));
    next.backdrop = preset.backdrop;
  }, true);
  select.value = '';
});
form.addEventListener('submit', (event) => event.preventDefault());

// The preview page reports its height so the frame fits it (no scrollbar inside the frame).
addEventListener('message', (event: MessageEvent<{ height?: number }>) => {
  if (event.source === preview.contentWindow && typeof event.data?.height === 'number')
    preview.style.height = `${Math.ceil(event.data.height)}px`;
});
addEventListener('popstate', () => {
  state = readState(location.search, tags);
  void render();
});

$<HTMLButtonElement>('#copy').addEventListener('click', async () => {
  const text = output.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied. Paste it into your page’s HTML.';
  } catch {
    // No clipboard permission (an http: page, a locked-down browser): select it for Ctrl+C instead.
    getSelection()?.selectAllChildren(output);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

function showReport(result: FeedReport | FeedProblem): void {
  if (!isReport(result)) {
    const advice = result.cors
      ? [
          h(
            'p',
            {},
            'The server answered, but it does not let pages on other sites read the feed (it sends no CORS header). Either:',
          ),
          h(
            'ul',
            {},
            h(
              'li',
              {},
              'on the feed’s server, send the header ',
              h('code', {}, 'Access-Control-Allow-Origin: *'),
              ' (or your site’s origin), or',
            ),
            h(
              'li',
              {},
              'read it through a news-widgets relay (',
              h('a', { href: '/docs/relay.md' }, 'docs/relay.md'),
              '): run one, then enter its address under “Relay” below; the snippet then carries ',
              h('code', {}, '<meta name="news-widgets:relay" content="…">'),
              '.',
            ),
          ),
        ]
      : [];
    checkOutput.replaceChildren(h('p', { class: 'problem' }, result.message), ...advice);
    return;
  }
  const row = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  checkOutput.replaceChildren(
    h(
      'dl',
      {},
      ...row('Format', result.format),
      ...row('Items', String(result.items)),
      ...row('First', result.first),
      ...row('Size', `${(result.bytes / 1024).toFixed(1)} KB`),
      ...row(
        'Validators',
        [
          result.etag && `ETag ${result.etag}`,
          result.lastModified && `Last-Modified ${result.lastModified}`,
        ]
          .filter(Boolean)
          .join(', ') || 'none (or not exposed to pages): every refresh downloads the whole feed',
      ),
    ),
  );
}

$<HTMLButtonElement>('#check').addEventListener('click', async () => {
  const src = state.attributes.get('src');
  if (!src) {
    checkOutput.textContent = 'Enter a feed address first.';
    return;
  }
  checking?.abort();
  const controller = (checking = new AbortController());
  checkOutput.textContent = 'Checking…';
  delete checkOutput.dataset.state;
  const rates = specOf(state.element).readsRates;
  const result = await checkFeed(src, rates, state.relay, controller.signal);
  if (controller.signal.aborted) return;
  showReport(result);
  if (isReport(result))
    facts = {
      src,
      facts: { imageOrigins: result.imageOrigins, xml: result.format.startsWith('rates (XML') },
    };
  checkOutput.dataset.state = isReport(result) ? 'ok' : result.cors ? 'cors' : 'error';
  await render();
});

void render();
