// Loaded first on every checked page: records what the page checker asserts on. An external file, so it
// runs under `script-src 'self'` like everything else on these pages.
window.__nwViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__nwViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
});
