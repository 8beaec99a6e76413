// The React way: react, react-dom's client renderer and react-fast-marquee, as one classic script whose
// globals the page's own code (bench/pages/ticker-react.js) uses without a build step of its own.
import * as React from 'react';
import { createRoot } from 'react-dom/client';
// react-fast-marquee is CommonJS; imported Node-style from an ES module, its `exports` is the default.
import fastMarquee from 'react-fast-marquee';

window.ReactPeer = { React, createRoot, Marquee: fastMarquee.default };
