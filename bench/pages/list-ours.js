// Our list as a webmaster embeds it: the full bundle and one element pointed at the feed, six a page.
import '/dist/news-widgets.js';

const list = document.createElement('nw-news-list');
list.setAttribute('src', new URLSearchParams(location.search).get('feed'));
list.setAttribute('page-size', '6');
list.setAttribute('refresh', '0');
document.body.append(list);

window.benchNextPage = () => {
  list.page += 1;
};
