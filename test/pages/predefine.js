// Another script on the page already owns one of our tags before our bundle loads.
customElements.define(
  'nw-dateline',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'Their own dateline';
    }
  },
);
