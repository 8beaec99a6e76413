import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import '../src/index.js';

// Stories are plain functions of their args so the tests render exactly what designers see.
export interface DatelineArgs {
  date?: string;
  format?: string;
  locale?: string;
}

export default {
  title: 'Elements/Dateline',
  component: 'nw-dateline',
  tags: ['autodocs'],
  argTypes: {
    // `format` is any string in the element (an unknown one falls back to `long`); these are the named ones.
    format: { control: 'select', options: ['long', 'full', 'medium', 'short', 'iso'] },
    locale: {
      control: 'select',
      options: [undefined, 'en-GB', 'en-US', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk', 'ar'],
    },
  },
} satisfies Meta<DatelineArgs>;

const dateline = ({ date, format, locale }: DatelineArgs) =>
  html`<nw-dateline
    date=${ifDefined(date)}
    format=${ifDefined(format)}
    locale=${ifDefined(locale)}
  ></nw-dateline>`;

const FORMATS = ['long', 'full', 'medium', 'short', 'iso'];
const LOCALES = ['en-GB', 'en-US', 'ru', 'kk', 'uz', 'ky', 'tg', 'tk', 'ar'];

/** Today, in the page's language. */
export const Default = (args: DatelineArgs) => dateline(args);

/** A fixed date, as on the seed page. */
export const Fixed = (args: DatelineArgs) => dateline(args);
Fixed.args = { date: '2025-12-07', locale: 'en-GB' };

/** Every named format side by side. */
export const Formats = ({ date, locale }: DatelineArgs) => html`
  <dl style="display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem">
    ${FORMATS.map(
      (format) =>
        html`<dt><code>${format}</code></dt>
          <dd style="margin: 0">${dateline({ date, format, locale })}</dd>`,
    )}
  </dl>
`;
Formats.args = { date: '2025-12-07', locale: 'en-GB' };

/** The languages the project ships strings for, plus a right-to-left one. */
export const Languages = ({ date }: DatelineArgs) => html`
  <ul style="list-style: none; padding: 0">
    ${LOCALES.map(
      (lang) =>
        html`<li lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${dateline({ date })}</li>`,
    )}
  </ul>
`;
Languages.args = { date: '2025-12-07' };

/** Every format in every shipped language: the grid a translator checks. */
export const FormatsByLanguage = ({ date }: DatelineArgs) => html`
  <table style="border-collapse: collapse">
    <thead>
      <tr>
        <th scope="col">locale</th>
        ${FORMATS.map((format) => html`<th scope="col">${format}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${LOCALES.map(
        (locale) =>
          html`<tr lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>
            <th scope="row"><code>${locale}</code></th>
            ${FORMATS.map(
              (format) =>
                html`<td style="padding: 0.25rem 0.75rem">${dateline({ date, format })}</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>
`;
FormatsByLanguage.args = { date: '2025-12-07' };

/** An ISO date-time is shown as the local calendar day it falls on. */
export const DateTime = (args: DatelineArgs) => dateline(args);
DateTime.args = { date: '2025-12-07T09:30:00Z', format: 'full', locale: 'en-GB' };

/** An unreadable `date` or `format` falls back to today and the long format, with one console warning. */
export const BadInput = (args: DatelineArgs) => dateline(args);
BadInput.args = { date: 'next Tuesday', format: 'fancy', locale: 'en-GB' };

/** Themed with the custom properties a designer can set. */
export const Themed = (args: DatelineArgs) => html`
  <div
    style="--nw-dateline-color: #8a1c1c; --nw-dateline-font-size: 1.5rem; --nw-dateline-font-weight: 700;
      --nw-font-family: Georgia, serif"
  >
    ${dateline(args)}
  </div>
`;
// Colours picked for a light page: shown on one whatever the toolbar says (on dark they fail contrast).
Themed.globals = { page: 'light' };
Themed.args = { date: '2025-12-07', locale: 'en-GB' };
