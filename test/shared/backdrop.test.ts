// The backdrop controller lets go of an element removed before the frame that reads its background (issue 19):
// a hidden tab has no frames until it is shown, and every element it mounted and removed meanwhile was held.
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import sinon from 'sinon';
import { BackdropController, backdropIsDark } from '../../src/shared/backdrop.js';
import { until } from '../support/wait.js';
import '../support/lit-warnings.js';

class BackdropHost extends LitElement {
  readonly backdrop = new BackdropController(this);
  override render() {
    return html`<div part="base">text</div>`;
  }
}
customElements.define('test-backdrop-host', BackdropHost);

async function mounted(): Promise<BackdropHost> {
  const host = document.createElement('test-backdrop-host') as BackdropHost;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

describe('BackdropController', () => {
  afterEach(() => sinon.restore());

  it('forgets an element removed before the frame that would read its background', async () => {
    const reads = sinon.spy(BackdropController.prototype, 'read');
    // Rendered, so its read waits for the next frame; removed before that frame.
    const removed = await mounted();
    removed.remove();
    const kept = await mounted();
    try {
      await until(() => reads.thisValues.includes(kept.backdrop), 'the frame that reads backdrops');
      // A boolean: chai would print the controllers (and the elements they hold) to say which was there.
      expect(reads.thisValues.includes(removed.backdrop), 'the removed element was read').to.equal(
        false,
      );
      expect(
        kept.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.style.colorScheme,
      ).to.equal('light');
    } finally {
      kept.remove();
    }
  });

  it('still reads an element moved before that frame, and one moved after it again', async () => {
    const reads = sinon.spy(BackdropController.prototype, 'read');
    const box = document.createElement('div');
    document.body.append(box);
    const moved = await mounted();
    try {
      box.append(moved); // a move: disconnected and connected again in one task
      await until(() => reads.thisValues.includes(moved.backdrop), 'the read of the moved element');
      reads.resetHistory();
      document.body.append(moved); // moved again once shown: perhaps onto another background
      await until(
        () => reads.thisValues.includes(moved.backdrop),
        'the read after the second move',
      );
      expect(
        moved.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.style.colorScheme,
      ).to.equal('light');
    } finally {
      moved.remove();
      box.remove();
    }
  });
});

describe('backdropIsDark', () => {
  afterEach(() => sinon.restore());

  it('lets walks in one frame share what an earlier one found above them', () => {
    const page = document.createElement('div');
    page.style.background = '#15171a';
    page.innerHTML = '<section><ul><li><span></span></li><li><span></span></li></ul></section>';
    document.body.append(page);
    try {
      const [first, second] = page.querySelectorAll('span');
      const known = new Map<Element, boolean | null>();
      const styles = sinon.spy(window, 'getComputedStyle');
      expect(backdropIsDark(first, known)).to.equal(true);
      // span, li, ul, section, and the dark page box: five looks.
      expect(styles.callCount).to.equal(5);
      expect(backdropIsDark(second, known)).to.equal(true);
      // Only its own span and li: the ul above them was walked already.
      expect(styles.callCount).to.equal(7);
      // Alone, the same walk looks all the way up again.
      expect(backdropIsDark(second)).to.equal(true);
      expect(styles.callCount).to.equal(12);
    } finally {
      page.remove();
    }
  });
});
