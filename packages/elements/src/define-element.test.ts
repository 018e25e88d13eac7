import '@mpp-kit/elements/site-info/define.js';
import { defineElement, MppSiteInfo } from '@mpp-kit/elements';
import { expect } from '@open-wc/testing';

describe('defineElement', () => {
  let warnings: unknown[][] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a new tag', () => {
    class FreshElement extends HTMLElement {}
    expect(defineElement('mpp-test-fresh', FreshElement)).to.equal(true);
    expect(customElements.get('mpp-test-fresh')).to.equal(FreshElement);
    expect(warnings).to.deep.equal([]);
  });

  it('warns instead of throwing when another class already has the tag (the script loaded twice)', () => {
    class SecondCopy extends MppSiteInfo {}
    expect(() => defineElement('mpp-site-info', SecondCopy)).to.not.throw();
    expect(customElements.get('mpp-site-info')).to.equal(MppSiteInfo);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<mpp-site-info> is already defined');
  });

  it('accepts the same class twice silently', () => {
    expect(defineElement('mpp-site-info', MppSiteInfo)).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });
});
