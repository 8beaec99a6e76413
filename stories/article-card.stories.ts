import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta } from '@storybook/web-components-vite';
import type { Article } from '../src/feeds/types.js';
import '../src/index.js';

// Stories are plain functions of their args so the tests render exactly what designers see.
export interface ArticleCardArgs {
  href?: string;
  heading?: string;
  excerpt?: string;
  image?: string;
  date?: string;
  author?: string;
  excerptLength?: number;
  lineClamp?: number;
  layout?: 'stacked' | 'horizontal' | 'compact';
  headingLevel?: number;
  target?: string;
  locale?: string;
  noImage?: boolean;
  noExcerpt?: boolean;
  noDate?: boolean;
  noAuthor?: boolean;
}

export default {
  title: 'Elements/Article card',
  component: 'nw-article-card',
  tags: ['autodocs'],
} satisfies Meta<ArticleCardArgs>;

const SAMPLE: Required<
  Pick<ArticleCardArgs, 'href' | 'heading' | 'excerpt' | 'image' | 'date' | 'author'>
> = {
  href: 'https://example.com/news/reservoir-sensors',
  heading: 'Reservoir operators fit floating sensors to track spring melt',
  excerpt:
    'A string of solar-powered buoys now reports water temperature and level every ten minutes, giving the downstream farms a day’s more warning before the sluices open for the season.',
  image: '/feeds/images/2.svg',
  date: '2025-12-07',
  author: 'Demo Desk',
};

const card = (args: ArticleCardArgs) =>
  html`<nw-article-card
    href=${ifDefined(args.href)}
    heading=${ifDefined(args.heading)}
    excerpt=${ifDefined(args.excerpt)}
    image=${ifDefined(args.image)}
    date=${ifDefined(args.date)}
    author=${ifDefined(args.author)}
    excerpt-length=${ifDefined(args.excerptLength)}
    line-clamp=${ifDefined(args.lineClamp)}
    layout=${ifDefined(args.layout)}
    heading-level=${ifDefined(args.headingLevel)}
    target=${ifDefined(args.target)}
    locale=${ifDefined(args.locale)}
    ?no-image=${!!args.noImage}
    ?no-excerpt=${!!args.noExcerpt}
    ?no-date=${!!args.noDate}
    ?no-author=${!!args.noAuthor}
  ></nw-article-card>`;

const frame = (width: string, content: unknown) =>
  html`<div style="max-width: ${width}">${content}</div>`;

/** A stacked card, as in a grid. */
export const Stacked = (args: ArticleCardArgs) => frame('22rem', card(args));
Stacked.args = { ...SAMPLE, layout: 'stacked', locale: 'en-GB' } satisfies ArticleCardArgs;

/** Picture beside the text, as in a list; it stacks when the card itself gets narrow. */
export const Horizontal = (args: ArticleCardArgs) => frame('40rem', card(args));
Horizontal.args = { ...SAMPLE, layout: 'horizontal', locale: 'en-GB' } satisfies ArticleCardArgs;

/** Headline, short excerpt and byline only, for sidebars. */
export const Compact = (args: ArticleCardArgs) => frame('20rem', card(args));
Compact.args = {
  ...SAMPLE,
  layout: 'compact',
  excerptLength: 80,
  locale: 'en-GB',
} satisfies ArticleCardArgs;

/** The excerpt clamped to two lines in CSS instead of cut by characters. */
export const LineClamp = (args: ArticleCardArgs) => frame('22rem', card(args));
LineClamp.args = {
  ...SAMPLE,
  excerptLength: 0,
  lineClamp: 2,
  locale: 'en-GB',
} satisfies ArticleCardArgs;

/** Long headline and excerpt, one word longer than the card, and a picture that 404s. */
export const HardCases = (args: ArticleCardArgs) => frame('22rem', card(args));
// Its picture 404s on purpose: Chromium's failed-request console message is expected (storybook-smoke.js).
HardCases.tags = ['http-errors'];
HardCases.args = {
  ...SAMPLE,
  heading:
    'An unusually long headline about a municipal water tariff review that keeps going long after a sub-editor would have cut it, to show wrapping',
  excerpt: `Antidisestablishmentarianismwithoutanybreakswhatsoever ${SAMPLE.excerpt} ${SAMPLE.excerpt}`,
  image: '/feeds/images/does-not-exist.png',
  locale: 'en-GB',
} satisfies ArticleCardArgs;

/** No picture at all, and the switches that hide parts. */
export const Switches = (args: ArticleCardArgs) => frame('22rem', card(args));
Switches.args = {
  ...SAMPLE,
  noImage: true,
  noAuthor: true,
  locale: 'en-GB',
} satisfies ArticleCardArgs;

/** Opens in a new tab; the link gets rel="noopener noreferrer". */
export const NewTab = (args: ArticleCardArgs) => frame('22rem', card(args));
NewTab.args = { ...SAMPLE, target: '_blank', locale: 'en-GB' } satisfies ArticleCardArgs;

/** The same card in the shipped languages and a right-to-left one. */
export const Languages = (args: ArticleCardArgs) => html`
  <div
    style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1.5rem"
  >
    ${[
      ['ru', 'Сеть метеостанций в предгорьях обновила датчики ветра', 'ltr'],
      ['kk', 'Тау бөктеріндегі ауа райы станциялары жаңартылды', 'ltr'],
      ['uz', 'Tog‘ etagidagi ob-havo stansiyalari yangilandi', 'ltr'],
      ['ar', 'محطات الطقس في السفوح تحصل على أجهزة استشعار جديدة', 'rtl'],
      ['he', 'תחנות מזג האוויר למרגלות ההרים קיבלו חיישנים חדשים', 'rtl'],
    ].map(
      ([lang, heading, dir]) =>
        html`<div lang=${lang} dir=${dir}>${card({ ...args, heading, locale: undefined })}</div>`,
    )}
  </div>
`;
Languages.args = { ...SAMPLE, excerpt: '', noExcerpt: true } satisfies ArticleCardArgs;

/** Filled from the `article` property, as the list does. */
export const FromArticle = ({ article }: { article: Article }) =>
  frame('22rem', html`<nw-article-card .article=${article} locale="en-GB"></nw-article-card>`);
FromArticle.argTypes = { article: { control: 'object' } };
FromArticle.args = {
  article: {
    id: 'story-1',
    url: SAMPLE.href,
    title: SAMPLE.heading,
    summary: SAMPLE.excerpt,
    image: SAMPLE.image,
    published: new Date(Date.UTC(2025, 11, 7, 9)),
    authors: ['Aigerim Sadykova', 'Demo Desk'],
    tags: [],
  } satisfies Article,
};

/** On a dark page, themed with custom properties. */
export const Dark = (args: ArticleCardArgs) => html`
  <div
    style="color-scheme: dark; background: #15171a; color: #e8e6e3; padding: 1rem; max-width: 24rem;
      --nw-article-card-heading-color: #f5d68a; --nw-color-surface: #1f2227;
      --nw-article-card-padding: 0.75rem"
  >
    ${card(args)}
  </div>
`;
Dark.args = { ...SAMPLE, locale: 'en-GB' } satisfies ArticleCardArgs;
