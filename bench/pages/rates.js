// Shared by the peer ticker pages: reads the same rates feed our ticker reads (`?feed=` on the page's
// address) and formats each pair the way our ticker shows it, `KGS/USD = 0.01143 -0%`, so every contender
// puts the same text on screen.
const numberFormat = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const percentFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

window.benchFeedUrl = () => new URLSearchParams(location.search).get('feed');

window.loadRates = async () => {
  const response = await fetch(window.benchFeedUrl());
  const feed = await response.json();
  return feed.rates.map((rate) => ({
    key: `${rate.base}/${rate.quote}`,
    text: `${rate.base}/${rate.quote} = ${numberFormat.format(rate.rate)} ${percentFormat.format(rate.change ?? 0)}%`,
    trend: rate.change > 0 ? 'up' : rate.change < 0 ? 'down' : 'flat',
  }));
};
