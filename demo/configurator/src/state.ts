// The page's whole state lives in the address: `?element=nw-news-list&src=…&page-size=6&--nw-color-text=…`,
// so a link reproduces a configuration and Back/Forward step through changes. Attributes go by their own names
// (present with '' for a switch that is on); theme properties by their custom property names; the few settings
// that are not the element's use names no attribute has (build-site.js checks that).

export interface State {
  element: string;
  /** Attributes that are present, by name; '' for a present boolean. Defaults are never stored. */
  attributes: Map<string, string>;
  /** Custom properties set by the theme, by name (`--nw-color-text`). */
  theme: Map<string, string>;
  /** Where the webmaster hosts the bundle (a folder); the version folder is added to it. */
  bundle: string;
  /** A relay address for cross-origin feeds without CORS, or ''. */
  relay: string;
  /** Preview width. */
  view: View;
  /** Page background behind the preview (a preset's), not part of the snippet. */
  backdrop: string;
}

export const VIEWS = { phone: 375, tablet: 768, desktop: 1200 } as const;
export type View = keyof typeof VIEWS;

/** Query names that are the page's own settings, not attributes. */
export const SETTINGS = ['element', 'bundle', 'relay', 'view', 'backdrop'] as const;

export const DEFAULT_BUNDLE = '/news-widgets/';

export function readState(search: string, tags: readonly string[]): State {
  const params = new URLSearchParams(search);
  const element = tags.includes(params.get('element') ?? '') ? params.get('element')! : tags[0];
  const attributes = new Map<string, string>();
  const theme = new Map<string, string>();
  for (const [name, value] of params) {
    if (name.startsWith('--')) theme.set(name, value);
    else if (!(SETTINGS as readonly string[]).includes(name)) attributes.set(name, value);
  }
  const view = params.get('view') as View;
  return {
    element,
    attributes,
    theme,
    bundle: params.get('bundle') || DEFAULT_BUNDLE,
    relay: params.get('relay') ?? '',
    view: view in VIEWS ? view : 'desktop',
    backdrop: params.get('backdrop') ?? '',
  };
}

export function writeState(state: State): string {
  const params = new URLSearchParams({ element: state.element });
  for (const [name, value] of state.attributes) params.append(name, value);
  for (const [name, value] of state.theme) params.append(name, value);
  if (state.bundle !== DEFAULT_BUNDLE) params.set('bundle', state.bundle);
  if (state.relay) params.set('relay', state.relay);
  if (state.view !== 'desktop') params.set('view', state.view);
  if (state.backdrop) params.set('backdrop', state.backdrop);
  return `?${params}`;
}
