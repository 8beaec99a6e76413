// Every element on hostile feeds inside a page with a strict CSP and Trusted Types (test/hostile/pages/strict.html,
// in an iframe): no payload runs, no policy violation is reported, every widget says something, and the rest
// of the page stays. The built bundle gets the same checks on served pages in `npm run check:pages`.
import './tripwire.js';
import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { assertNothingRan, counted, printCounts } from './tripwire.js';
import { nextTask, until } from '../support/wait.js';

interface ProbedWindow extends Window {
  __nwViolations?: string[];
  __nwPwned?: string[];
}

describe('hostile pages: strict CSP and Trusted Types', () => {
  afterEach(function () {
    assertNothingRan();
    counted('hostile', this.currentTest);
  });
  printCounts('strict page');

  it('every element renders hostile feeds with zero violations and nothing run', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    const errors: string[] = [];
    frame.src = '/test/hostile/pages/strict.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as ProbedWindow & typeof globalThis;
    win.addEventListener('error', (event) => errors.push(String(event.message)));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const doc = frame.contentDocument!;
    const widgets = [...doc.body.children].filter((el) => el.localName.startsWith('nw-'));
    const said = (el: Element) => {
      const roots = [
        el.shadowRoot,
        ...[...(el.shadowRoot?.querySelectorAll('*') ?? [])].map((c) => c.shadowRoot),
      ];
      return roots
        .map((root) => root?.textContent ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    };
    await until(
      () =>
        widgets.every(
          (el) => win.customElements.get(el.localName) && said(el) && !/Loading/.test(said(el)),
        ),
      `widgets still silent or loading: ${widgets.map((el) => `${el.localName}: ${said(el).slice(0, 60)}`).join(' | ')}`,
      15000,
    );
    await nextTask(); // violations are reported in a task queued when they happen
    try {
      expect(win.__nwViolations, 'CSP / Trusted Types violations').to.deep.equal([]);
      expect(win.__nwPwned, 'payloads that ran').to.deep.equal([]);
      expect(errors, 'uncaught errors in the page').to.deep.equal([]);
      expect(doc.getElementById('sibling')!.getBoundingClientRect().height).to.be.greaterThan(0);
      const lists = widgets.filter((el) => el.localName === 'nw-news-list');
      // Every article feed but the error page shows its control article; the error page says why.
      expect(
        lists.filter((el) => said(el).includes('Control article that must render')),
      ).to.have.length(lists.length - 1);
      expect(said(lists.at(-1)!)).to.include('could not be loaded');
    } finally {
      frame.remove();
    }
  });
});
