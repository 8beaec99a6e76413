// The form: one control per attribute of the chosen element, the kind of control following the manifest's
// type, its description as help text; the theme's custom properties; the snippet's own settings.
import { h } from './dom.js';
import type { AttributeSpec, ElementSpec, ThemeSpec } from './manifest.js';
import { PRESETS } from './presets.js';
import type { State } from './state.js';
import type { Language } from '../../../src/i18n/registry.js';

/** The languages src/i18n ships, by their own names (a Record, so a new language fails the type check here). */
const LANGUAGES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  uz: 'Oʻzbekcha',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
};

/** Feeds served beside the demo, offered in the feed field. */
const DEMO_FEEDS = {
  articles: ['/feeds/articles.json', '/feeds/articles.rss', '/feeds/wp-posts.json'],
  rates: ['/feeds/rates.json', '/feeds/rates-usd-base.json'],
};

export type Change = (apply: (state: State) => void, settle: boolean) => void;

let serial = 0;
const ids = (name: string) => ({ field: `c-${name}-${++serial}`, help: `h-${name}-${serial}` });

function helpText(id: string, text: string, extra = ''): HTMLElement {
  return h('p', { class: 'help', id }, text + extra);
}

function attributeControl(
  attribute: AttributeSpec,
  spec: ElementSpec,
  change: Change,
): HTMLElement {
  const { field, help } = ids(attribute.name);
  const label = h('label', { for: field }, attribute.name);
  const described = { id: field, 'aria-describedby': help, 'data-attribute': attribute.name };
  const set = (value: string | undefined, settle: boolean) =>
    change((state) => {
      if (value === undefined || (value === attribute.default && value !== ''))
        state.attributes.delete(attribute.name);
      else state.attributes.set(attribute.name, value);
    }, settle);
  const defaultNote = attribute.default ? ` Default: ${attribute.default}.` : '';
  const { control } = attribute;

  if (control.kind === 'switch' || control.kind === 'flag-text') {
    const box = h('input', { ...described, type: 'checkbox', role: 'switch' });
    box.addEventListener('change', () => set(box.checked ? '' : undefined, true));
    const row = [h('div', { class: 'switch' }, box, label)];
    if (control.kind === 'flag-text') {
      const value = h('input', {
        type: 'text',
        'data-attribute-value': attribute.name,
        'aria-label': `${attribute.name} value (optional)`,
      });
      value.addEventListener('change', () => set(box.checked ? value.value : undefined, true));
      row.push(value);
    }
    return h('div', { class: 'field' }, ...row, helpText(help, attribute.help));
  }

  let input: HTMLInputElement | HTMLSelectElement;
  if (control.kind === 'select') {
    const options = control.options.map((option) =>
      h('option', { value: option }, option + (option === attribute.default ? ' (default)' : '')),
    );
    // An enumeration with no default may be left out: the element then decides (e.g. the list's card-layout).
    if (!attribute.default) options.unshift(h('option', { value: '' }, '(not set)'));
    input = h('select', { ...described, 'data-default': attribute.default }, ...options);
  } else if (attribute.name === 'locale') {
    const options = Object.entries(LANGUAGES).map(([tag, name]) =>
      h('option', { value: tag }, name),
    );
    input = h('select', described, h('option', { value: '' }, "(the page's language)"), ...options);
  } else {
    const feedList = attribute.name === 'src' ? `feeds-${serial}` : undefined;
    input = h('input', {
      ...described,
      type: control.kind === 'number' ? 'number' : attribute.name === 'src' ? 'url' : 'text',
      placeholder: attribute.default,
      list: feedList,
      // Relative addresses (the webmaster's own site) are the common case; type=url would refuse them.
      ...(attribute.name === 'src' ? { type: 'text', inputmode: 'url', autocomplete: 'url' } : {}),
    });
    if (feedList) {
      const feeds = spec.readsRates ? DEMO_FEEDS.rates : DEMO_FEEDS.articles;
      const datalist = h(
        'datalist',
        { id: feedList },
        ...feeds.map((feed) => h('option', { value: feed })),
      );
      const field = h(
        'div',
        { class: 'field' },
        label,
        input,
        datalist,
        helpText(help, attribute.help, defaultNote),
      );
      input.addEventListener('change', () => set(input.value.trim() || undefined, true));
      return field;
    }
  }
  // Text is settled on `change` (one history entry per edit, not per key); selects change at once anyway.
  input.addEventListener('change', () => set(input.value.trim() || undefined, true));
  return h('div', { class: 'field' }, label, input, helpText(help, attribute.help, defaultNote));
}

function themeControl(property: ThemeSpec, change: Change): HTMLElement {
  const { field, help } = ids(property.name.slice(2));
  const text = h('input', {
    id: field,
    type: 'text',
    'aria-describedby': help,
    'data-theme': property.name,
    placeholder: 'default',
  });
  const set = (value: string) =>
    change((state) => {
      if (value) state.theme.set(property.name, value);
      else state.theme.delete(property.name);
    }, true);
  text.addEventListener('change', () => set(text.value.trim()));
  const parts: HTMLElement[] = [h('label', { for: field }, property.name), text];
  if (property.colour) {
    const picker = h('input', {
      type: 'color',
      'data-theme-colour': property.name,
      'aria-label': `${property.name} colour picker`,
    });
    picker.addEventListener('change', () => set(picker.value));
    parts.push(picker);
  }
  return h('div', { class: 'field theme' }, ...parts, helpText(help, property.help));
}

/** Builds the controls for `spec` into `form`'s fieldsets. */
export function buildControls(form: HTMLElement, spec: ElementSpec, change: Change): void {
  const feed = form.querySelector<HTMLElement>('#feed-fields')!;
  const attributes = form.querySelector<HTMLElement>('#attribute-fields')!;
  const theme = form.querySelector<HTMLElement>('#theme-fields')!;
  feed.replaceChildren();
  attributes.replaceChildren();
  for (const attribute of spec.attributes) {
    const control = attributeControl(attribute, spec, change);
    (attribute.name === 'src' ? feed : attributes).append(control);
  }
  form.querySelector<HTMLElement>('#feed')!.hidden = !spec.readsFeed;
  theme.replaceChildren(...spec.theme.map((property) => themeControl(property, change)));
  const presets = form.querySelector<HTMLSelectElement>('#preset')!;
  if (!presets.options.length)
    presets.append(
      h('option', { value: '' }, '(choose a preset)'),
      ...Object.entries(PRESETS).map(([name, preset]) =>
        h('option', { value: name }, preset.label),
      ),
    );
}

const HEX = /^#[\da-f]{6}$/i;

/** Shows `state` in the controls (after Back/Forward, or a preset). */
export function syncControls(form: HTMLElement, state: State): void {
  for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    '[data-attribute]',
  )) {
    const name = input.dataset.attribute!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      input.checked = state.attributes.has(name);
      const value = form.querySelector<HTMLInputElement>(`[data-attribute-value="${name}"]`);
      if (value) value.value = state.attributes.get(name) ?? '';
    } else input.value = state.attributes.get(name) ?? input.dataset.default ?? '';
  }
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-theme]'))
    input.value = state.theme.get(input.dataset.theme!) ?? '';
  for (const picker of form.querySelectorAll<HTMLInputElement>('[data-theme-colour]')) {
    const value = state.theme.get(picker.dataset.themeColour!) ?? '';
    picker.value = HEX.test(value) ? value : '#000000';
  }
}
