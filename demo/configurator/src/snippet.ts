// The snippet a webmaster pastes: the bundle's script tag (pinned to this version, with its integrity hash),
// the relay's <meta> when one is set, a <style> block only when the theme differs from the defaults, the
// element with exactly the attributes that differ from the defaults, and, first, the CSP the page needs.
import type { Bundle, BuildInfo } from './build-info.js';
import type { ElementSpec } from './manifest.js';
import type { State } from './state.js';

/** What the feed check learnt that the CSP depends on. */
export interface FeedFacts {
  /** Origins of the images in the feed's first items ('self' for the page's own). */
  imageOrigins: string[];
  /** The feed is XML (a central bank's): the ticker then loads its XML reader. */
  xml?: boolean;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `'self'` for an address on the page's own site (relative), else its origin; undefined for no address. */
function source(address: string): string | undefined {
  if (!address) return undefined;
  if (!/^[a-z][a-z\d+.-]*:|^\/\//i.test(address)) return "'self'";
  try {
    return new URL(address, 'https://page.invalid/').origin;
  } catch {
    return undefined;
  }
}

/**
 * The lightest bundle that defines the element: the ticker has its own, the table and the converter the rate
 * elements' set, the others share the full one.
 */
export function bundleFor(spec: ElementSpec, build: BuildInfo): Bundle {
  if (spec.tag === 'nw-rate-ticker') return build.bundles.ticker;
  return spec.readsRates ? build.bundles.rates : build.bundles.all;
}

export function bundleUrl(state: State, spec: ElementSpec, build: BuildInfo): string {
  const folder = state.bundle.endsWith('/') ? state.bundle : `${state.bundle}/`;
  return `${folder}${build.version}/${bundleFor(spec, build).file}`;
}

/** The script tag: the rate bundles are ES modules (deferred by nature), the full one a classic script. */
function scriptTag(state: State, spec: ElementSpec, build: BuildInfo): string {
  const bundle = bundleFor(spec, build);
  const module = bundle !== build.bundles.all;
  const src = escapeAttribute(bundleUrl(state, spec, build));
  const loaded = `src="${src}" integrity="${bundle.integrity}" crossorigin="anonymous"`;
  return module ? `<script type="module" ${loaded}></script>` : `<script ${loaded} defer></script>`;
}

/**
 * A `modulepreload` link, with its integrity hash, for each chunk the widget will load: its language's words
 * (from its `locale`; a page's own `lang` is unknown here) and, for an XML feed the check read, the XML
 * reader. The browser then fetches them beside the bundle, and checks them as it checks the bundle.
 */
function preloadTags(state: State, spec: ElementSpec, build: BuildInfo, facts?: FeedFacts) {
  const { chunks = {} } = bundleFor(spec, build);
  const language = (state.attributes.get('locale') ?? '').split('-')[0].toLowerCase();
  const folder = bundleUrl(state, spec, build).replace(/[^/]*$/, '');
  return [language, facts?.xml ? 'xml' : '']
    .flatMap((name) => (name && chunks[name] ? [chunks[name]] : []))
    .map(
      ({ file, integrity }) =>
        `<link rel="modulepreload" href="${escapeAttribute(folder + file)}" integrity="${integrity}" crossorigin="anonymous" />`,
    );
}

/** The attributes to write, in the manifest's order, each only when it differs from the element's default. */
export function changedAttributes(state: State, spec: ElementSpec): [string, string][] {
  return spec.attributes
    .filter((attribute) => state.attributes.has(attribute.name))
    .map((attribute): [string, string] => [attribute.name, state.attributes.get(attribute.name)!])
    .filter(([name, value]) => {
      const attribute = spec.attributes.find((a) => a.name === name)!;
      if (attribute.control.kind === 'switch' || attribute.control.kind === 'flag-text')
        return true;
      return value !== '' && value !== attribute.default;
    });
}

/** The theme properties this element documents that are set, in the manifest's order. */
export function changedTheme(state: State, spec: ElementSpec): [string, string][] {
  return spec.theme
    .filter((property) => state.theme.get(property.name))
    .map((property) => [property.name, state.theme.get(property.name)!]);
}

/** The body of the <style> block (what its CSP hash covers), or '' when the theme is the default one. */
export function styleText(state: State, spec: ElementSpec): string {
  const theme = changedTheme(state, spec);
  if (!theme.length) return '';
  // A value that could close the block or the rule is left out rather than escaped: CSS has no use for them here.
  const safe = theme.filter(([, value]) => !/[<>{};]/.test(value));
  const lines = safe.map(([name, value]) => `    ${name}: ${value};`);
  return `\n  ${spec.tag} {\n${lines.join('\n')}\n  }\n`;
}

export function elementTag(state: State, spec: ElementSpec): string {
  const attributes = changedAttributes(state, spec).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${spec.tag}${attributes.join('')}></${spec.tag}>`;
}

/** The CSP directives the snippet needs, as `name sources` strings. */
export function cspDirectives(
  state: State,
  spec: ElementSpec,
  build: BuildInfo,
  styleHash: string,
  facts?: FeedFacts,
): string[] {
  const directives = [`script-src ${source(bundleUrl(state, spec, build))}`];
  const src = state.attributes.get('src') ?? '';
  if (spec.readsFeed && src) {
    const feed = source(src);
    // A relay fetches cross-origin feeds for the page; the feed's own host is then never contacted.
    const via = state.relay && feed !== "'self'" ? source(state.relay) : feed;
    directives.push(`connect-src ${via}`);
  }
  const images = imageSources(state, spec, facts);
  if (images.length) directives.push(`img-src ${images.join(' ')}`);
  if (styleHash) directives.push(`style-src 'self' '${styleHash}'`);
  return directives;
}

function imageSources(state: State, spec: ElementSpec, facts?: FeedFacts): string[] {
  if (spec.attributes.some((a) => a.name === 'image') && state.attributes.get('image'))
    return [source(state.attributes.get('image')!) ?? "'self'"];
  if (!spec.readsFeed || !state.attributes.get('src') || spec.readsRates) return [];
  if (state.attributes.has('no-image')) return [];
  // Before a feed check, any https image: feeds often name several image hosts.
  return facts ? [...new Set(facts.imageOrigins)] : ["'self'", 'https:'];
}

export interface SnippetParts {
  state: State;
  spec: ElementSpec;
  build: BuildInfo;
  /** `sha256-…` of styleText(), '' when there is no style block. */
  styleHash: string;
  facts?: FeedFacts;
}

/** The whole snippet as plain text. */
export function snippet({ state, spec, build, styleHash, facts }: SnippetParts): string {
  const csp = cspDirectives(state, spec, build, styleHash, facts);
  const lines = [
    '<!-- If your page sends a Content-Security-Policy, it needs these sources (add them to yours):',
    ...csp.map((directive) => `       ${directive};`),
    "     With Trusted Types (require-trusted-types-for 'script'), also: trusted-types lit-html news-widgets;",
    '     lit-html renders the widgets, news-widgets reads RSS/Atom/XML feeds into inert documents. -->',
    ...preloadTags(state, spec, build, facts),
    scriptTag(state, spec, build),
  ];
  if (state.relay && spec.readsFeed)
    lines.push(`<meta name="news-widgets:relay" content="${escapeAttribute(state.relay)}" />`);
  const style = styleText(state, spec);
  if (style) lines.push(`<style>${style}</style>`);
  lines.push(elementTag(state, spec));
  return lines.join('\n');
}

/** `sha256-…` of a <style> block's text, as CSP hashes it (UTF-8 bytes, base64). */
export async function styleHashOf(text: string): Promise<string> {
  if (!text) return '';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
