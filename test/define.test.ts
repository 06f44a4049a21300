import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { LitElement } from 'lit';
import { defineAll } from '../src/shared/define.js';
import '../src/index.js';

describe('defineAll (loading the kit twice)', () => {
  it('ignores a second copy without throwing, warning once, and the first copy keeps working', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      class Other extends LitElement {}
      expect(() => defineAll('9.9.9', { 'booking-cta': Other, 'faq-accordion': Other })).not.to.throw();
      expect(() => defineAll('9.9.9', { 'booking-cta': Other })).not.to.throw();
      const messages = warn.getCalls().map((c) => String(c.args[0]));
      expect(messages.filter((m) => m.includes('already loaded'))).to.have.length(1);
      expect(customElements.get('booking-cta')).not.to.equal(Other);
    } finally {
      warn.restore();
    }
    const el = await fixture(html`<booking-cta href="https://example.org/"></booking-cta>`);
    expect(el.shadowRoot).to.not.equal(null);
  });
});
