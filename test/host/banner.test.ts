// The banner's text alignment does not change with the width: start-aligned at 360 and at
// 1280 px, also on a theme that centres its text on phones (it used to inherit that).
import { expect } from '@open-wc/testing';
import { BOOK, part } from '../support/helpers.js';
import { openPage, type HostPage } from './support.js';

const HEAD = `<style>
  body { margin: 0 1rem; font: 16px/1.5 sans-serif; }
  @media (max-width: 600px) { main { text-align: center; } }
</style>`;
const BODY = `<main><h1>Anxiety: what helps</h1><p>Some text.</p>
  <booking-cta id="banner" variant="banner" href="${BOOK}" phone="780-555-0142" online></booking-cta></main>`;

/** How far each line of the banner starts from the banner's inner left edge, in px. */
function indents(page: HostPage): number[] {
  const el = page.$('#banner');
  const base = part(el, 'base');
  const style = page.win.getComputedStyle(base);
  const left = base.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
  return ['heading', 'description', 'contact'].map((name) => {
    const range = page.doc.createRange();
    range.selectNodeContents(part(el, name));
    return Math.round(range.getClientRects()[0].left - left);
  });
}

describe('banner: one text alignment at every width', () => {
  it('starts every line at the banner’s start edge at 360 and 1280 px', async () => {
    const results: Record<number, number[]> = {};
    for (const width of [360, 1280]) {
      const page = await openPage({ head: HEAD, body: BODY, width, height: 700 });
      try {
        results[width] = indents(page);
      } finally {
        page.frame.remove();
      }
    }
    expect(results[360], '360 px').to.deep.equal([0, 0, 0]);
    expect(results[1280], '1280 px').to.deep.equal([0, 0, 0]);
  });
});
