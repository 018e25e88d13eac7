import { expect, fixtureSync } from '@open-wc/testing';
import { html } from 'lit';
import { langOf, toLocale } from './lang.js';

describe('toLocale', () => {
  it('speaks English for en and its regions, Indonesian for everything else', () => {
    expect(['en', 'EN', 'en-GB', 'en-US', ' en '].map(toLocale)).to.deep.equal(['en', 'en', 'en', 'en', 'en']);
    expect(['id', 'id-ID', 'in', 'jv', 'su-ID', 'eng', '', null, undefined].map(toLocale)).to.deep.equal(
      Array(9).fill('id'),
    );
  });
});

describe('langOf', () => {
  it('takes the element’s own lang, then the closest ancestor’s, crossing shadow roots', () => {
    const outer = fixtureSync<HTMLElement>(html`<div lang="en-GB"><span></span></div>`);
    const host = outer.firstElementChild as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><b></b></p>';
    const inner = shadow.querySelector('b') as HTMLElement;
    expect(langOf(inner)).to.equal('en-GB');
    shadow.querySelector('p')?.setAttribute('lang', 'id');
    expect(langOf(inner)).to.equal('id');
    inner.setAttribute('lang', '');
    expect(langOf(inner)).to.equal('');
  });

  it('falls back to the document’s lang', () => {
    const element = fixtureSync<HTMLElement>(html`<div><span></span></div>`);
    expect(langOf(element)).to.equal(document.documentElement.getAttribute('lang'));
  });
});
