// Facts fixed when the site is built (scripts/build-site.js): the package version, the bundle's file name and
// its Subresource Integrity hash computed from the very file in dist/, and the element manifest.
import type { Manifest } from './manifest.js';

export interface Bundle {
  /** The file's name in dist/. */
  file: string;
  /** `sha384-…` of that file. */
  integrity: string;
  /** The chunks an ES module loads on demand, by name: a language (`ru`) or a feed reader (`xml`). */
  chunks?: Record<string, Bundle>;
}

export interface BuildInfo {
  version: string;
  bundles: {
    /** A classic script defining every element. */
    all: Bundle;
    /** An ES module defining only <nw-rate-ticker>: what a rates-only page loads. */
    ticker: Bundle;
    /** An ES module defining the ticker, the rate table and the converter: a finance page's set. */
    rates: Bundle;
  };
  manifest: Manifest;
}

declare const __NW_BUILD__: BuildInfo;

export const BUILD: BuildInfo = __NW_BUILD__;
