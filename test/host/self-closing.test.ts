// A webmaster used to JSX writes `<booking-cta … />`. HTML has no such closing: everything after
// it, up to the end of its parent, is parsed inside the element, where it never shows. The kit
// puts the page back where it was written and says, once, how to write the tag.
import { expect } from '@open-wc/testing';
import { BOOK, part, text } from '../support/helpers.js';
import { openPage, type HostPage } from './support.js';

const BODY = `<main>
  <h1>Our services</h1>
  <booking-cta id="cta" href="${BOOK}" />
  <p id="after">We offer therapy and coaching, in person and online.</p>
  <faq-accordion id="faq">
    <details><summary>Do you offer online sessions?</summary><p>Yes, by secure video.</p></details>
  </faq-accordion>
  <p id="last">Call us any time.</p>
</main>`;

describe('host page: an element written as <booking-cta … />', () => {
  let page: HostPage;
  before(async () => (page = await openPage({ body: BODY })));
  after(() => page?.frame.remove());

  it('the page that follows it shows, in the order it was written', () => {
    const main = page.doc.querySelector('main')!;
    expect([...main.children].map((el) => el.id || el.localName)).to.deep.equal(['h1', 'cta', 'after', 'faq', 'last']);
    for (const id of ['#after', '#faq', '#last']) expect(page.$(id).getBoundingClientRect().height, id).to.be.above(0);
    expect(text(part(page.$('#faq'), 'button'))).to.equal('Do you offer online sessions?');
    expect(text(part(page.$('#cta'), 'button'))).to.match(/^Book a consultation/);
  });

  it('one warning naming the element and the fix', () => {
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.console).to.have.length(1);
    expect(page.probe.console[0]).to.include('<booking-cta>').and.include('<booking-cta …></booking-cta>');
  });
});

describe('host page: a kit element inside another, written on purpose', () => {
  let page: HostPage;
  before(
    async () =>
      (page = await openPage({
        body: `<faq-accordion id="faq">
          <details id="book" open><summary>How do I book?</summary><p>Online: <booking-cta id="cta" href="${BOOK}"></booking-cta></p></details>
        </faq-accordion>`,
      })),
  );
  after(() => page?.frame.remove());

  it('a booking button in an FAQ answer stays in it, with no warning', () => {
    expect(page.$('#cta').closest('details')?.id).to.equal('book');
    expect(page.$('#cta').getBoundingClientRect().height).to.be.above(0);
    expect(page.probe.console).to.deep.equal([]);
  });
});
