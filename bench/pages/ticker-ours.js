// Our ticker as a partner embeds it: the ticker-only bundle and one element pointed at the feed.
import '/dist/rate-ticker.js';

const ticker = document.createElement('nw-rate-ticker');
ticker.setAttribute('src', new URLSearchParams(location.search).get('feed'));
ticker.setAttribute('refresh', '0');
document.body.append(ticker);
