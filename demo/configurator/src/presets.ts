// Theme presets: values for the custom properties the elements document. Each element takes the ones its
// manifest lists; `backdrop` is the page colour the preview shows them on (a theme is made for a page).

export interface Preset {
  label: string;
  backdrop: string;
  values: Record<string, string>;
}

export const PRESETS: Record<string, Preset> = {
  // The elements' own defaults: nothing set, on a white page.
  light: { label: 'Light (defaults)', backdrop: '', values: {} },
  dark: {
    label: 'Dark',
    backdrop: '#15181d',
    values: {
      '--nw-color-text': '#e8eaed',
      '--nw-color-muted': '#a4acb8',
      '--nw-color-accent': '#8ab4f8',
      '--nw-color-on-accent': '#15181d',
      '--nw-color-border': '#3c4350',
      '--nw-color-up': '#5fd08a',
      '--nw-color-down': '#ff8a80',
      '--nw-article-card-background': '#1f242b',
      '--nw-news-list-button-background': '#1f242b',
      '--nw-news-list-current-background': '#8ab4f8',
      '--nw-news-list-current-color': '#15181d',
      '--nw-dateline-color': '#e8eaed',
    },
  },
  // The news site the project started from: a navy masthead strip, serif headlines, a red accent.
  newsroom: {
    label: 'Newsroom (the seed page)',
    backdrop: '#f7f4ee',
    values: {
      '--nw-color-text': '#1d2733',
      '--nw-color-muted': '#5b6470',
      '--nw-color-accent': '#a4161a',
      '--nw-color-on-accent': '#ffffff',
      '--nw-color-border': '#d8d2c4',
      '--nw-font-family': 'Georgia, "Times New Roman", serif',
      '--nw-article-card-heading-color': '#0b2545',
      '--nw-news-list-current-background': '#0b2545',
      '--nw-news-list-current-color': '#ffffff',
      '--nw-dateline-color': '#0b2545',
      '--nw-dateline-font-weight': '700',
    },
  },
};
