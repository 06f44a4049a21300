// Layout stability: a page with the documented pre-upgrade CSS (docs/snippets/reserve-space.css,
// shown in the README; the quick-start snippet links it as clinic-widgets.css) loads the built module late, after its first paint. The upgrade must not
// move what follows each element: the text after it moves by at most 3 px, and in Chromium
// (the one engine with the Layout Instability API) the page's layout-shift score stays ≤ 0.01.
import { expect } from '@open-wc/testing';
import { BOOK, nextFrame } from '../support/helpers.js';
import { openPage, rendered } from './support.js';

const HEAD = `<link rel="stylesheet" href="/docs/snippets/reserve-space.css">
  <style>body { margin: 0; font: 16px/1.5 Arial, "Liberation Sans", sans-serif; } main { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }</style>`;
const MODULE_URL = '/dist/clinic-widgets.js';
const PHONE = 'phone="(780) 555-0100"';
const CONTACT = `${PHONE} email="hello@clinic.example" online`;
const DETAILS = `<details><summary>Do you offer a free consultation?</summary><p>Yes: a free 15-minute call.</p></details>
  <details open><summary>Are online sessions available?</summary><p>Yes, by secure video, anywhere in the province.</p></details>
  <details><summary>Do you see couples and families?</summary><p>Yes.</p></details>`;
const CASES: Record<string, string> = {
  'booking button': `<booking-cta href="${BOOK}"></booking-cta>`,
  'booking button with a phone number': `<booking-cta href="${BOOK}" ${PHONE}></booking-cta>`,
  'booking button with its contact lines': `<booking-cta href="${BOOK}" ${CONTACT}></booking-cta>`,
  'booking button with a phone number, online="false"': `<booking-cta href="${BOOK}" ${PHONE} online="false"></booking-cta>`,
  'booking banner': `<booking-cta variant="banner" href="${BOOK}"></booking-cta>`,
  'booking banner with a phone number and online': `<booking-cta variant="banner" href="${BOOK}" ${PHONE} online></booking-cta>`,
  'booking banner with its contact lines': `<booking-cta variant="banner" href="${BOOK}" ${CONTACT}></booking-cta>`,
  'floating booking pill': `<booking-cta variant="floating" href="${BOOK}"></booking-cta>`,
  quiz: `<therapy-coaching-quiz booking-url="${BOOK}"></therapy-coaching-quiz>`,
  'FAQ, built-in questions': '<faq-accordion></faq-accordion>',
  'FAQ, built-in questions with search': '<faq-accordion search></faq-accordion>',
  'FAQ, the clinic’s own <details>': `<faq-accordion>${DETAILS}</faq-accordion>`,
  'FAQ, the clinic’s own <details> with search': `<faq-accordion search>${DETAILS}</faq-accordion>`,
};
// The quick-start snippet's elements with the content inside them (docs/snippets/plain-html.html):
// that content shows first, then the module replaces it.
const quickStart = new DOMParser().parseFromString(await (await fetch('/docs/snippets/plain-html.html')).text(), 'text/html');
for (const el of quickStart.querySelectorAll('therapy-coaching-quiz, faq-accordion, booking-cta')) {
  CASES[`quick start: <${el.localName}> with its content for visitors without the module`] = el.outerHTML;
}
// Enough text after the element to fill the viewport, as on a real page: a shift moves all of it.
const FOLLOWING = '<p>Therapy focuses on healing; coaching on goals. Many people use both, one after the other or together.</p>'.repeat(30);
// A desktop and three phones: the narrow ones are where text wraps onto more lines.
const VIEWPORTS = [
  [1024, 768],
  [414, 896],
  [360, 740],
  [320, 568],
];
const chromium = () => typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift');
const scores: Record<string, { moved: number; cls: number }> = {};

describe('layout stability: the documented pre-upgrade CSS, the module loaded late', () => {
  after(() => {
    // One line per engine for the record: the worst case over every element and width.
    const worst = (key: 'moved' | 'cls') => Math.max(...Object.values(scores).map((s) => s[key]));
    const engine = navigator.userAgent.match(/(Chrome|Firefox|Version)\/\d+/)?.[0].replace('Version', 'WebKit');
    console.log(`Layout shift, ${engine}: ${Object.keys(scores).length} cases, what follows moved at most ${worst('moved').toFixed(1)} px${chromium() ? `, CLS at most ${worst('cls').toFixed(4)}` : ''}`);
  });

  for (const [width, height] of VIEWPORTS) {
    for (const [name, markup] of Object.entries(CASES)) {
      it(`${name}, ${width} px wide: what follows does not move`, async () => {
        const body = `<main><h1>Maple Grove Counselling</h1>${markup}<div id="after">${FOLLOWING}</div></main>`;
        const page = await openPage({ head: HEAD, body, width, height, module: false });
        try {
          const { win, doc } = page;
          const el = doc.querySelector('main > :is(booking-cta, therapy-coaching-quiz, faq-accordion)')!;
          const after = doc.getElementById('after')!;
          let shift = 0;
          // A layout-shift entry (not in TypeScript's DOM types): a shift a person did not cause counts.
          const count = (entry: PerformanceEntry) => {
            const { hadRecentInput, value } = entry as PerformanceEntry & { hadRecentInput: boolean; value: number };
            shift += hadRecentInput ? 0 : value;
          };
          const add = (list: PerformanceObserverEntryList) => list.getEntries().forEach(count);
          const observer = chromium() ? new win.PerformanceObserver(add) : null;
          observer?.observe({ type: 'layout-shift', buffered: true });
          await nextFrame(win);
          const before = { top: after.getBoundingClientRect().top, height: el.getBoundingClientRect().height };
          expect(win.customElements.get(el.localName), 'not upgraded yet').to.equal(undefined);

          doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', src: MODULE_URL }));
          await rendered(win);
          await nextFrame(win);
          await nextFrame(win);
          const now = { top: after.getBoundingClientRect().top, height: el.getBoundingClientRect().height };
          if (observer) {
            observer.takeRecords().forEach(count);
            observer.disconnect();
          }
          const moved = Math.abs(now.top - before.top);
          const detail = `reserved ${before.height.toFixed(1)} px, rendered ${now.height.toFixed(1)} px; what follows moved ${moved.toFixed(1)} px`;
          scores[`${name} @${width}`] = { moved, cls: shift };
          expect(moved, detail).to.be.at.most(3);
          if (observer) expect(shift, `CLS: ${detail}`).to.be.at.most(0.01);
          expect(page.probe.errors).to.deep.equal([]);
        } finally {
          page.frame.remove();
        }
      });
    }
  }
});
