// The demo clinic pages keep each element's space until the module arrives (demo/demo.css,
// demo/fr.css, "Before the module loads"): each page is shown without the module, then the
// module is added, and no element's box changes height by more than 1 px. The heights in those
// stylesheets were measured in Chromium with its fonts here, so the other engines, whose text
// wraps at other widths, are not held to them (the kit's own reserve-space.css is checked in
// every engine by layout-shift.test.ts).
import { expect } from '@open-wc/testing';
import { nextFrame } from '../support/helpers.js';
import { rendered } from './support.js';

const MODULE = /<script type="module" src="\.\.\/dist\/clinic-widgets\.js"><\/script>/;
const TAGS = 'booking-cta, therapy-coaching-quiz, faq-accordion';
// Phones, a tablet, the sidebar layout's first width, a desktop.
const WIDTHS = [320, 360, 375, 414, 768, 1024, 1280];
const chromium = navigator.userAgent.includes('Chrome/');

/** Each element's name and height (to a tenth of a pixel). */
const heights = (doc: Document) =>
  [...doc.querySelectorAll(TAGS)].map((el) => `${el.localName}${el.className ? `.${el.className}` : ''}: ${Math.round(el.getBoundingClientRect().height * 10) / 10}`);

if (!chromium) {
  describe('demo pages: nothing moves when the module arrives', () => {
    it('is checked in Chromium, whose fonts the heights were measured with', function () {
      this.skip();
    });
  });
}

for (const page of chromium ? ['index.html', 'fr.html'] : []) {
  describe(`demo/${page}: nothing moves when the module arrives`, () => {
    let html: string;
    before(async () => {
      html = await (await fetch(`/demo/${page}`)).text();
      expect(html, 'the page loads the module').to.match(MODULE);
    });

    for (const width of WIDTHS) {
      it(`${width} px wide: every element keeps its height`, async () => {
        const frame = document.createElement('iframe');
        frame.title = 'Demo page';
        Object.assign(frame.style, { width: `${width}px`, height: '800px', border: '0', display: 'block' });
        const loaded = new Promise((resolve) => (frame.onload = resolve));
        // The page as written, from its own folder, without its module for now.
        frame.srcdoc = html.replace(MODULE, '').replace('<head>', '<head><base href="/demo/">');
        document.body.append(frame);
        try {
          await loaded;
          const doc = frame.contentDocument!;
          await doc.fonts.ready;
          await nextFrame();
          const before = heights(doc);
          const script = doc.createElement('script');
          script.type = 'module';
          script.src = '/dist/clinic-widgets.js';
          doc.head.append(script);
          await rendered(frame.contentWindow!);
          await nextFrame();
          const after = heights(doc);
          const moved = after.filter((line, i) => Math.abs(Number(line.split(': ')[1]) - Number(before[i].split(': ')[1])) > 1);
          expect(moved, `before: ${before.join(', ')}`).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  });
}
