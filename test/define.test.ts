import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from '../src/shared/define.js';
import { VERSION } from '../src/shared/version.js';
import { NwDateline } from '../src/index.js';
import './support/lit-warnings.js';

describe('guarded registration', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('defines every element from the entry point', () => {
    expect(customElements.get('nw-dateline')).to.equal(NwDateline);
  });

  it('is silent when the same version registers again', () => {
    class Copy extends HTMLElement {}
    expect(() => define('nw-dateline', Copy)).not.to.throw();
    expect(() => define('nw-dateline', NwDateline)).not.to.throw();
    expect(customElements.get('nw-dateline')).to.equal(NwDateline);
    expect(warn.called).to.equal(false);
  });

  it('warns once when another version was loaded first', () => {
    class OlderCopy extends HTMLElement {
      static nwVersion = '0.0.1';
    }
    customElements.define('nw-test-older', OlderCopy);
    class Newer extends HTMLElement {}
    define('nw-test-older', Newer);
    define('nw-test-older', Newer);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.include('0.0.1').and.include(VERSION);
  });

  it('warns when somebody else owns the tag, and leaves their element alone', () => {
    class Theirs extends HTMLElement {}
    customElements.define('nw-test-theirs', Theirs);
    expect(() => define('nw-test-theirs', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('nw-test-theirs')).to.equal(Theirs);
    expect(String(warn.firstCall.args[0])).to.include('other code');
  });

  it('keeps the version in step with package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
