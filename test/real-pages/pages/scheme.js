/* global document, location, URLSearchParams */
// The page's background, as its query string asks: what each class of site does about colour.
//   light          white page, no color-scheme declared (most sites)
//   dark           near-black page that declares no color-scheme (many dark themes)
//   dark-declared  `color-scheme: dark` and nothing else: the canvas is dark
//   both-white     declares `light dark` for its form controls but paints itself white (dark OS trap)
const scheme = new URLSearchParams(location.search).get('scheme') || 'light';
document.documentElement.className = `scheme-${scheme}`;
