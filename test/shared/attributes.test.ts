// Misspelled attributes, for every element of the kit: one warning at load naming the closest
// real attribute, read from the element's own reactive properties (ClinicElement).
import { expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { closest } from '../../src/shared/attributes.js';
import { ClinicElement } from '../../src/shared/clinic-element.js';
import { cleanKit } from '../support/clean-kit.js';

const TYPOS: Record<string, [typo: string, meant: string]> = {
  'booking-cta': ['varient', 'variant'],
  'faq-accordion': ['serach', 'search'],
  'therapy-coaching-quiz': ['bookingurl', 'booking-url'],
};

describe('misspelled attributes', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  for (const [tag, [typo, meant]] of Object.entries(TYPOS)) {
    it(`<${tag} ${typo}>: one warning at load, "did you mean \`${meant}\`?"`, async function () {
      const el = await fixture<HTMLElement>(`<${tag} ${typo}="x" data-x="1" aria-label="x" id="t" class="c" style="" hidden></${tag}>`);
      // The element gets the check when it extends the kit's base (the quiz and the FAQ are moving onto it).
      if (!(el instanceof ClinicElement)) this.skip();
      el.setAttribute('lang', 'fr');
      await (el as ClinicElement<never>).updateComplete;
      const own = warn.getCalls().map((c) => String(c.args[0])).filter((w) => w.includes('is not an attribute'));
      expect(own).to.deep.equal([`<${tag}> ${typo}: \`${typo}\` is not an attribute of <${tag}>; did you mean \`${meant}\`?`]);
    });
  }

  it('suggests the closest real name: a typo, other dashes or case, a longer name; nothing far off', () => {
    const own = ['href', 'label', 'phone', 'email', 'variant', 'booking-url', 'search', 'for'];
    expect(closest('varient', own)).to.equal('variant');
    expect(closest('serach', own)).to.equal('search');
    expect(closest('Booking_URL', own)).to.equal('booking-url');
    expect(closest('phone_number', own)).to.equal('phone');
    expect(closest('emial', own)).to.equal('email');
    expect(closest('colour', own)).to.equal(undefined);
  });
});
