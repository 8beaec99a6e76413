// Written from package.json by scripts/sync-version.js (`npm run build`, `npm run release:version`): do not edit.
/** The package version, stamped on every element class so two copies on one page can tell each other apart. */
export const VERSION = '0.1.0';
