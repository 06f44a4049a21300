// A visitor arriving from a link to one question (docs/faq-accordion.md: "`/faq#fees` opens that
// question and scrolls to it"), on the demo clinic page, where the ids are the clinic's own
// `<details id>`: the question is open, in view (not scrolled just past by the browser's own
// scroll to the answer), and has focus, so a screen reader starts at the question, not mid-answer.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isChromium } from '../support/engine.js';
import { nextFrame } from '../support/helpers.js';
import { openPage, type HostPage } from './support.js';

for (const [width, height] of [
  [320, 640],
  [1280, 720],
]) {
  describe(`deep link to an FAQ question, page ${width}×${height}`, () => {
    let page: HostPage;
    // The demo scrolls smoothly unless motion is reduced: reduced (only Chromium's driver can
    // emulate it), each scroll is done at once; elsewhere, give the smooth scroll time to end.
    const settle = isChromium() ? 300 : 1500;
    before(() => isChromium() && emulateMedia({ reducedMotion: 'reduce' }));
    after(() => isChromium() && emulateMedia({ reducedMotion: 'no-preference' }));
    afterEach(() => page?.frame.remove());

    it('opening /demo/#both-at-once shows that question, open, in view, with focus', async () => {
      page = await openPage({ src: '/demo/index.html#both-at-once', width, height });
      const { win, doc } = page;
      if (doc.readyState !== 'complete') await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
      await nextFrame(win);
      const faq = doc.querySelector('faq-accordion');
      const question = faq!.shadowRoot!.querySelectorAll('[part~=button]')[1];
      expect(question.textContent.trim()).to.equal('Can someone do both therapy and coaching at the same time?');
      expect(question.getAttribute('aria-expanded')).to.equal('true');
      await new Promise((resolve) => setTimeout(resolve, settle));
      const { top, bottom } = question.getBoundingClientRect();
      expect([Math.round(top), Math.round(bottom)], `the question is in view (viewport 0–${win.innerHeight})`).to.satisfy(
        ([t, b]: number[]) => t >= 0 && b <= win.innerHeight,
      );
      expect(faq!.shadowRoot!.activeElement, 'focus on the question').to.equal(question);
    });
  });
}
