// `count` copies of one element (`tag`) on one feed (`feed`), refreshing every `refresh` seconds: the
// page the network case counts requests on. All from query parameters.
import '/dist/news-widgets.js';

const params = new URLSearchParams(location.search);
for (let index = 0; index < Number(params.get('count')); index++) {
  const element = document.createElement(params.get('tag'));
  element.setAttribute('src', params.get('feed'));
  element.setAttribute('refresh', params.get('refresh'));
  document.body.append(element);
}
