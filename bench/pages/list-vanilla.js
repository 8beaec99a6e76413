// The floor for the list: the same six cards from the same JSON Feed, built with plain DOM calls and no
// framework, doing the work ours must do too — text only, http(s) links only, excerpts cut at a word,
// localized dates, the "Viewing results" header and page buttons.
const PAGE_SIZE = 6;
const EXCERPT_LENGTH = 160;
const dateFormat = new Intl.DateTimeFormat('en', {
  day: '2-digit',
  month: 'long',
  year: 'numeric',
});
// Counts in the header are localized too (`1 - 6 of 10,000`), as ours are.
const countFormat = new Intl.NumberFormat('en');
const feedUrl = new URL(new URLSearchParams(location.search).get('feed'), location.href);

let items = [];
let page = 1;

function safeUrl(value) {
  if (!value) return undefined;
  const url = new URL(value, feedUrl);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

function excerpt(text) {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function card(item) {
  const article = element('article', 'card');
  const image = safeUrl(item.image);
  if (image) {
    const img = element('img');
    img.src = image;
    img.alt = '';
    img.loading = 'lazy';
    article.append(img);
  }
  const heading = element('h3');
  const href = safeUrl(item.url);
  if (href) {
    const link = element('a', undefined, item.title);
    link.href = href;
    heading.append(link);
  } else {
    heading.textContent = item.title;
  }
  article.append(
    heading,
    element('p', 'excerpt', excerpt(item.summary ?? item.content_text ?? '')),
  );
  const meta = element('p', 'meta');
  if (item.date_published) {
    const time = element('time', undefined, dateFormat.format(new Date(item.date_published)));
    time.dateTime = item.date_published;
    meta.append(time);
  }
  const authors = (item.authors ?? []).map((author) => author.name).filter(Boolean);
  if (authors.length) meta.append(` · ${authors.join(', ')}`);
  article.append(meta);
  return article;
}

function render() {
  const first = (page - 1) * PAGE_SIZE;
  const shown = items.slice(first, first + PAGE_SIZE);
  const [from, to, total] = [first + 1, first + shown.length, items.length].map((n) =>
    countFormat.format(n),
  );
  document.querySelector('.status').textContent = `Viewing results ${from} - ${to} of ${total}`;
  document.querySelector('.cards').replaceChildren(...shown.map(card));
  const pages = Math.ceil(items.length / PAGE_SIZE);
  const buttons = [];
  for (let number = Math.max(1, page - 2); number <= Math.min(pages, page + 2); number++) {
    const button = element('button', undefined, String(number));
    if (number === page) button.setAttribute('aria-current', 'page');
    button.addEventListener('click', () => goTo(number));
    buttons.push(button);
  }
  document.querySelector('.pagination').replaceChildren(...buttons);
}

function goTo(number) {
  page = number;
  render();
}

window.benchNextPage = () => goTo(page + 1);

fetch(feedUrl)
  .then((response) => response.json())
  .then((feed) => {
    items = feed.items;
    render();
  });
