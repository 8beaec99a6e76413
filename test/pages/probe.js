// Loaded first on every checked page: records what the page checker asserts on. An external file, so it
// runs under `script-src 'self'` like everything else on these pages.
window.__nwViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__nwViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
});
// The hostile feeds' payloads all call this; the checker fails a page on which any of them ran.
window.__nwPwned = [];
window.__pwned = (where) => window.__nwPwned.push(String(where));
