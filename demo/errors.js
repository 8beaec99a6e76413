// Lists any uncaught error on the page in #errors, so "nothing threw" can be seen, not assumed.
window.addEventListener('error', (event) => {
  const output = document.getElementById('errors');
  if (!output) return;
  if (output.textContent === 'none') output.textContent = '';
  output.textContent += `${event.message}\n`;
});
