import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { refreshFeed } from '../../src/feeds/client.js';
import type { NwRateTicker } from '../../src/rate-ticker/rate-ticker.js';
import { OnePair, ReducedMotion } from '../../stories/rate-ticker.stories.js';
import '../support/lit-warnings.js';
import { animation, button, copies, items, list, loaded, reduceMotion, track } from './helpers.js';
import { until } from '../support/wait.js';

const FIXTURES = '/test/fixtures/rates';

/** How far the track has moved from where it started, in px. */
const offset = (el: NwRateTicker) => new DOMMatrix(getComputedStyle(track(el)).transform).m41;

const frames = (n = 3) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

describe('<nw-rate-ticker> motion', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('loops seamlessly: copies fill the width, and one period moves exactly one copy', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 640px">${OnePair({ ...OnePair.args, speed: 100 })}</div>`,
    );
    const el = await loaded(wrapper.querySelector('nw-rate-ticker')!);
    const running = animation(el);
    running.pause();
    running.currentTime = 0;
    const copy = list(el)!.getBoundingClientRect();
    const view = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
    // Enough copies that the strip is still full when the track has moved one copy's width.
    expect((copies(el).length + 1) * copy.width).to.be.at.least(view.width + copy.width);
    for (const [i, dup] of copies(el).entries()) {
      expect(dup.getBoundingClientRect().left - copy.left).to.be.closeTo((i + 1) * copy.width, 1);
    }

    expect(running.animationName).to.equal('nw-ticker');
    const duration = Number(running.effect!.getComputedTiming().duration);
    // Speed is in px/s: one copy's width at 100 px/s.
    expect(duration).to.be.closeTo((copy.width / 100) * 1000, 20);

    running.currentTime = duration * 0.999;
    // Just before the wrap, the first hidden copy stands where the first copy began: no seam, no jump.
    expect(copies(el)[0].getBoundingClientRect().left).to.be.closeTo(copy.left, 1);
    expect(offset(el)).to.be.closeTo(-copy.width, 1);
  });

  it('takes its speed from the attribute, else the custom property, and refills on resize', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 400px; --nw-rate-ticker-speed: 25">${OnePair(OnePair.args)}</div>`,
    );
    const el = await loaded(wrapper.querySelector('nw-rate-ticker')!);
    const width = list(el)!.getBoundingClientRect().width;
    const duration = () => Number(animation(el).effect!.getComputedTiming().duration);
    expect(duration()).to.be.closeTo((width / 25) * 1000, 20);
    el.speed = 200;
    await el.updateComplete;
    expect(duration()).to.be.closeTo((width / 200) * 1000, 5);

    const before = copies(el).length;
    wrapper.style.width = '1600px';
    await until(() => copies(el).length > before, 'more copies when the strip grew');
    const view = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect().width;
    expect((copies(el).length + 1) * width).to.be.at.least(view + width);
  });

  it('runs, and pauses on hover', async () => {
    const el = await loaded(OnePair(OnePair.args));
    expect(animation(el).playState).to.equal('running');
    const box = el.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)],
    });
    await until(() => animation(el).playState === 'paused', 'hover to pause the strip');
    // Firefox's compositor may draw one more frame of motion after the pause; then it holds.
    await frames(2);
    const held = offset(el);
    await frames(5);
    expect(offset(el)).to.equal(held);
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 20), Math.round(box.bottom + 100)],
    });
    await until(
      () => animation(el).playState === 'running',
      'the strip to run again when the pointer left',
    );
  });

  it('pauses while keyboard focus is inside, and by its button until pressed again', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const wrapper = await fixture<HTMLElement>(html`<div>${before}${OnePair(OnePair.args)}</div>`);
    const el = await loaded(wrapper.querySelector('nw-rate-ticker')!);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await until(() => animation(el).playState === 'paused', 'keyboard focus to pause the strip');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.hasAttribute('paused')).to.be.true;
    before.focus();
    await frames();
    expect(animation(el).playState).to.equal('paused');
    button(el)!.click();
    await el.updateComplete;
    await until(() => animation(el).playState === 'running', 'play to run the strip again');
  });

  it('plays again after a mouse click on play, once the pointer leaves', async () => {
    const el = await loaded(OnePair(OnePair.args));
    const control = button(el)!.getBoundingClientRect();
    const at = (x: number, y: number) =>
      sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await at(control.left + control.width / 2, control.top + control.height / 2);
    await el.updateComplete;
    expect(el.paused).to.be.true;
    await at(control.left + control.width / 2, control.top + control.height / 2);
    await el.updateComplete;
    expect(el.paused).to.be.false;
    const box = el.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 10), Math.round(box.bottom + 100)],
    });
    // The button still has focus from the click, but not keyboard focus: the strip moves again.
    await until(() => animation(el).playState === 'running', 'the strip to run again after play');
  });

  it('stops updating while paused, and catches up when played', async () => {
    const src = `${FIXTURES}/own.json?then=own-next.json`;
    const el = await loaded(
      html`<nw-rate-ticker src=${src} locale="en-GB" paused></nw-rate-ticker>`,
    );
    const first = items(el);
    await refreshFeed(src);
    await el.updateComplete;
    expect(items(el)).to.deep.equal(first);
    el.paused = false;
    await el.updateComplete;
    expect(items(el)[0]).to.equal('KGS/USD = 0.01151 0.7%');
  });

  it('updates new rates in place, keeping the animation and its place in the loop', async () => {
    const src = `${FIXTURES}/own.json?then=own-next.json`;
    const el = await loaded(html`<nw-rate-ticker src=${src} locale="en-GB"></nw-rate-ticker>`);
    const running = animation(el);
    const oldDuration = Number(running.effect!.getComputedTiming().duration);
    const oldWidth = list(el)!.getBoundingClientRect().width;
    // Held still, so the place it keeps is exactly where it was put: running, it moved on by however long the
    // refresh and the resize took, which a busy machine made more than the tolerance below (3 % of a loop).
    running.pause();
    // Far into the loop, where a duration that changed under a kept currentTime would land somewhere else.
    running.currentTime = oldDuration * 50.3;
    const firstItem = list(el)!.querySelector('li');
    await refreshFeed(src);
    await until(() => items(el)[0] === 'KGS/USD = 0.01151 0.7%', 'the new rates');
    await until(
      () => list(el)!.getBoundingClientRect().width !== oldWidth,
      'a strip as wide as the new rates',
    );
    // The loop takes the new width once the resize is observed.
    await until(
      () => Number(running.effect!.getComputedTiming().duration) !== oldDuration,
      'the loop to take the new width',
    );
    expect(animation(el)).to.equal(running);
    expect(list(el)!.querySelector('li')).to.equal(firstItem);
    const duration = Number(running.effect!.getComputedTiming().duration);
    expect(duration).to.not.equal(oldDuration);
    const progress = (Number(running.currentTime) % duration) / duration;
    expect(progress).to.be.closeTo(0.3, 0.03);
  });

  it('picks up again when moved elsewhere in the page', async () => {
    // A narrow start of its own, not the window's width: WebKit's 1024 px window held as many copies as 1200.
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 400px">${OnePair(OnePair.args)}</div>`,
    );
    const el = await loaded(wrapper.querySelector('nw-rate-ticker')!);
    const host = wrapper.parentElement!;
    const other = document.createElement('div');
    other.style.width = '1200px';
    host.append(other);
    const before = copies(el).length;
    other.append(el);
    await until(() => copies(el).length > before, 'copies recounted after the move');
    expect(animation(el).playState).to.equal('running');
  });

  it('does not move under prefers-reduced-motion, and every pair stays in view', async () => {
    const restore = await reduceMotion();
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 500px">${ReducedMotion(ReducedMotion.args)}</div>`,
      );
      const el = await loaded(wrapper.querySelector('nw-rate-ticker')!);
      expect(track(el).getAnimations()).to.have.length(0);
      expect(getComputedStyle(button(el)!).display).to.equal('none');
      const box = el.getBoundingClientRect();
      const pairs = [...list(el)!.querySelectorAll('li')];
      expect(pairs).to.have.length(200);
      for (const pair of pairs) {
        const rect = pair.getBoundingClientRect();
        expect(rect.left >= box.left - 1 && rect.right <= box.right + 1, pair.textContent!).to.be
          .true;
      }
      expect(getComputedStyle(el.shadowRoot!.querySelector('.copies')!).display).to.equal('none');
    } finally {
      await restore();
    }
  });
});
