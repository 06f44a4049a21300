// The built module in a page 320 px wide (an iframe, so it works in every engine, WebKit
// included): no element and no page scrolls sideways, on any screen of the quiz, with every FAQ
// answer open or searched, and with the booking dialog open. On a plain page and on Bootstrap.
import { expect } from '@open-wc/testing';
import { part } from '../support/helpers.js';
import type { LitElement } from 'lit';
import type { FaqAccordion } from '../../src/index.js';
import { CRISIS, PATHS, clickThrough } from '../support/quiz-paths.js';
import { elementsOf, openPage, overflowing, type HostPage } from './support.js';

const BOOTSTRAP = '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">';
// A real clinic's address is longer than the examples'.
const LONG_EMAIL = 'appointments@maplegrovecounselling.ca';

for (const [name, head] of [
  ['plain page', ''],
  ['Bootstrap page', BOOTSTRAP],
]) {
  describe(`host page 320 px wide: ${name}`, () => {
    let page: HostPage;
    /** Every element and the page itself fit the 320 px width. */
    const fits = (when: string) => {
      const { doc } = page;
      // 320 px, less a classic scrollbar where the engine draws one (Firefox): stricter still.
      expect(page.frame.getBoundingClientRect().width, 'the frame is 320 px wide').to.equal(320);
      // The floating pill is fixed to the screen, not to its place in the page: it fits the screen.
      const pill = part(page.$('#floating'), 'base').getBoundingClientRect();
      expect(elementsOf(doc).filter((el) => el.id !== 'floating').flatMap(overflowing), when).to.deep.equal([]);
      expect([pill.left >= 0, pill.right <= doc.documentElement.clientWidth], `${when}: the floating pill fits the screen`).to.deep.equal([true, true]);
      expect(doc.documentElement.scrollWidth, `${when}: the page scrolls sideways`).to.be.at.most(doc.documentElement.clientWidth);
    };

    beforeEach(async () => {
      page = await openPage({ head, width: 320, height: 640 });
    });
    afterEach(() => page.frame.remove());

    it('every element fits as first shown, the floating pill fixed at its corner', () => {
      fits('first render');
      expect(page.win.getComputedStyle(part(page.$('#floating'), 'base')).position).to.equal('fixed');
    });

    it('a long email address wraps in the button and banner variants', async () => {
      for (const id of ['#cta', '#banner']) page.$(id).setAttribute('email', LONG_EMAIL);
      await Promise.all(['#cta', '#banner'].map((id) => page.$(id).updateComplete));
      expect(part(page.$('#banner'), 'contact').textContent).to.contain(LONG_EMAIL);
      fits('with a long email address');
    });

    it('the FAQs fit with every answer open and while searching', async () => {
      for (const id of ['#faq', '#builtin']) {
        const faq = page.$<FaqAccordion>(id);
        faq.expandAll();
        await faq.updateComplete;
      }
      fits('all answers open');
      const faq = page.$('#faq');
      const search = part<HTMLInputElement>(faq, 'search');
      search.value = 'nothing matches this long search for a question';
      search.dispatchEvent(new page.win.Event('input'));
      await faq.updateComplete;
      fits('no match');
    });

    it('every quiz screen fits: each question, each result and the crisis screen', async () => {
      const quiz = page.$('#quiz');
      part(quiz, 'start').click();
      await quiz.updateComplete;
      part(quiz, 'next').click(); // without an answer: the quiz asks for one
      await quiz.updateComplete;
      fits('question 1, unanswered');
      for (let n = 1; n < 6; n++) {
        quiz.shadowRoot!.querySelector<HTMLInputElement>('[part~=answer] input')!.click();
        part(quiz, 'next').click();
        await quiz.updateComplete;
        fits(`question ${n + 1}`);
      }
      for (const [outcome, path] of Object.entries({ ...PATHS, crisis: CRISIS })) {
        const fresh = page.doc.createElement('therapy-coaching-quiz') as LitElement;
        for (const name of ['booking-url', 'phone']) fresh.setAttribute(name, quiz.getAttribute(name)!);
        quiz.after(fresh);
        await fresh.updateComplete;
        await clickThrough(fresh, path);
        await fresh.shadowRoot!.querySelector<LitElement>('booking-cta')?.updateComplete;
        fits(`${outcome} screen`);
        fresh.remove();
      }
    });

    it('the booking dialog fits when open', async () => {
      const cta = page.$('#dialog');
      part(cta, 'button').click();
      await cta.updateComplete;
      const dialog = cta.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      const box = dialog.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      for (const node of dialog.querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(box.right + 0.5);
      }
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(page.doc.documentElement.clientWidth);
      dialog.close();
    });
  });
}
