// Loaded first on every checked page: records what the page checker asserts on. An external file, so it
// runs under `script-src 'self'` like everything else on these pages. The checker also runs it on pages that
// do not load it, after their load event; the guard keeps a second run from resetting the records.
if (!window.__nwLogged) {
  window.__nwViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__nwViolations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
    );
  });
  // The hostile feeds' payloads all call this; the checker fails a page on which any of them ran.
  window.__nwPwned = [];
  window.__pwned = (where) => window.__nwPwned.push(String(where));
  // For engines whose driver does not hear the console (WebKit over WebDriver): errors, warnings, and
  // exceptions nobody caught, as the page's own code can see them.
  const logged = { errors: [], warnings: [] };
  window.__nwLogged = logged;
  for (const [level, list] of [
    ['error', logged.errors],
    ['warn', logged.warnings],
  ]) {
    const original = console[level];
    console[level] = (...args) => {
      list.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  window.addEventListener('error', (event) => {
    if (event.error !== undefined || event.message) logged.errors.push(String(event.message));
  });
  window.addEventListener('unhandledrejection', (event) =>
    logged.errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
}
