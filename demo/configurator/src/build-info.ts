// Facts fixed when the site is built (scripts/build-site.js): the package version, the bundle's file name and
// its Subresource Integrity hash computed from the very file in dist/, and the element manifest.
import type { Manifest } from './manifest.js';

export interface BuildInfo {
  version: string;
  /** The bundle the snippet loads, a classic script defining every element. */
  file: string;
  /** `sha384-…` of that file. */
  integrity: string;
  manifest: Manifest;
}

declare const __NW_BUILD__: BuildInfo;

export const BUILD: BuildInfo = __NW_BUILD__;
