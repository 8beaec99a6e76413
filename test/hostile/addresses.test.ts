// A webmaster's typo in `src`: an address that is not a URL at all becomes a message in the widget and an
// nw-error, never an exception that stops the element (or the page's other scripts).
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { listMessages } from '../../src/i18n/list.js';
import { assertNothingRan, assertPageIntact, counted, printCounts } from './tripwire.js';
import { failureOf, mount, REQUEST_TIMEOUT, useFeedSettings } from './support.js';

const TYPOS = ['http://[2001:db8::1', 'https://exa mple.com:99999/feed.json'];

describe('hostile addresses: a src that is not a URL', () => {
  useFeedSettings({ backoff: 20, retries: 2, timeout: REQUEST_TIMEOUT });
  afterEach(function () {
    assertNothingRan();
    counted('fault', this.currentTest);
  });
  printCounts('addresses');

  for (const tag of ['nw-news-list', 'nw-rate-ticker']) {
    for (const typo of TYPOS) {
      it(`<${tag} src="${typo}"> says it cannot load, with an 'address' nw-error`, async () => {
        const { el, event, root, events } = await mount<LitElement>(tag, { src: typo });
        const error = failureOf(event, 'address');
        expect(error.message).to.equal(`The feed at ${typo} is not a valid web address.`);
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).to.include(listMessages('en').loadFailed);
        // Not retried: no attempt could reach it.
        expect(events.filter((e) => e.type === 'nw-error')).to.have.length(1);
        assertPageIntact(root);
        el.remove();
      });
    }
  }
});
