import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { deepFreeze, fill, format, langOf, pickLang, plural, withOverrides } from '../../src/shared/i18n.js';
import { cleanKit } from '../support/clean-kit.js';

describe('i18n', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  it('maps any French tag to fr and everything else to en', () => {
    expect(pickLang('fr')).to.equal('fr');
    expect(pickLang('fr-CA')).to.equal('fr');
    expect(pickLang('FR_ch')).to.equal('fr');
    expect(pickLang('en-GB')).to.equal('en');
    expect(pickLang('de')).to.equal('en');
    expect(pickLang('')).to.equal('en');
  });

  it('finds the nearest lang, through a shadow root', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="fr-CA"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(langOf(inner)).to.equal('fr-CA');
    inner.setAttribute('lang', 'en');
    expect(langOf(inner)).to.equal('en');
  });

  it('picks a count’s plural form by the language’s rules: French counts 0 and 1 as one, English only 1', () => {
    const table = { n_one: 'one', n_other: 'other' };
    expect([0, 1, 2, 1.5].map((n) => plural(table, 'n', n, 'en'))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 1.5].map((n) => plural(table, 'n', n, 'fr'))).to.deep.equal(['one', 'one', 'other', 'one']);
  });

  it('overlays known string overrides and warns once about unknown keys', () => {
    const defaults = deepFreeze({ next: 'Next', back: 'Back' });
    const merged = withOverrides(defaults, '{"next":"Continue","nope":"x","back":3}', 'therapy-coaching-quiz');
    expect(merged).to.deep.equal({ next: 'Continue', back: 'Back' });
    expect(warn.callCount).to.equal(2);
    expect(warn.firstCall.args[0]).to.equal('<therapy-coaching-quiz> strings: unknown key "nope" was ignored.');
    // One element's overrides never reach the shared defaults another element reads.
    expect(withOverrides(defaults, '{"back":"Return"}', 'faq-accordion')).to.deep.equal({ next: 'Next', back: 'Return' });
    expect(defaults).to.deep.equal({ next: 'Next', back: 'Back' });
  });

  it('falls back to the defaults for invalid JSON or a non-object', () => {
    const defaults = { next: 'Next' };
    expect(withOverrides(defaults, '{oops', 'faq-accordion')).to.equal(defaults);
    expect(withOverrides(defaults, '["x"]', 'faq-accordion')).to.equal(defaults);
    expect(warn.callCount).to.equal(2);
    expect(warn.firstCall.args[0]).to.match(/^<faq-accordion> strings: invalid JSON/);
  });

  it('fills placeholders as text', () => {
    expect(format('Question {n} of {total}', { n: 2, total: 6 })).to.equal('Question 2 of 6');
    expect(format('{n} of {missing}', { n: '<b>' })).to.equal('<b> of {missing}');
  });

  it('fills placeholders with any value, in parts, for templates (a link in a sentence)', () => {
    const link = { link: true };
    expect(fill('Call {crisis}. Or {missing}.', { crisis: link })).to.deep.equal(['Call ', link, '. Or ', '{missing}', '.']);
    expect(fill('No placeholder', { crisis: link })).to.deep.equal(['No placeholder']);
  });
});
