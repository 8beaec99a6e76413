// The language picker: sets `lang` on every widget (their words and dates are in that language; the demo's
// own text stays English). The widgets notice the attribute and re-render; nothing is reloaded.
const picker = document.getElementById('language');
picker.addEventListener('change', () => {
  for (const widget of document.querySelectorAll(
    'nw-rate-ticker, nw-rate-table, nw-currency-converter, nw-dateline, nw-news-list, nw-article-card',
  )) {
    widget.setAttribute('lang', picker.value);
  }
});
