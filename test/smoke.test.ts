import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<booking-cta></booking-cta>`);
    expect(el.shadowRoot!.textContent).to.contain('booking-cta');
    await expect(el).to.be.accessible();
  });
});
