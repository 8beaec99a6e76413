// The classic webmaster ticker: jQuery plus the jquery.marquee plugin, as one classic script that leaves
// `jQuery` on window the way the two <script> tags from a CDN would.
import jQuery from 'jquery';
import 'jquery.marquee';

window.jQuery = jQuery;
window.$ = jQuery;
