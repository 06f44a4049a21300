// The floating pill on phones: fixed at its corner and compact, dismissible, and never over
// the element that has keyboard focus (WCAG 2.4.11 Focus Not Obscured). A long page is tabbed
// through at 320 and 360 px (iframes of that width, so every engine can run it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BOOK, nextFrame, part } from '../support/helpers.js';
import { until } from '../support/wait.js';
import { openPage, type HostPage } from './support.js';

const LINKS = 24;
const BODY = `<main>
  <h1>Anxiety: what helps</h1>
  ${Array.from({ length: LINKS }, (_, i) => `<p>Paragraph ${i + 1} of an article about anxiety, with <a href="#n${i}">a link to read more</a>, and more text after it so the lines wrap on a phone.</p>`).join('\n')}
  <booking-cta id="pill" variant="floating" href="${BOOK}" label="Book a consultation"></booking-cta>
</main>`;

// Controls inside one shadow root: Tab from one to the next moves focus without a focusin on the
// document (the event's target and related target are both the host, so the DOM drops it).
const FAQ_BODY = `<main>
  <h1>Questions</h1>
  ${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}, long enough to wrap on a phone, so that the questions start below the fold.</p>`).join('\n')}
  <p><a href="#top">Before the questions</a></p>
  <faq-accordion id="faq" search></faq-accordion>
  <booking-cta id="pill" variant="floating" href="${BOOK}" label="Book a consultation"></booking-cta>
</main>`;

/** The element that has focus, inside any shadow roots. */
function deepFocus(doc: Document): Element | null {
  let focused = doc.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

// A quiz in the middle of an article: while it fills the bottom of the screen, the pill is
// out of its way (its answers, crisis help and own booking button come first).
const QUIZ_BODY = `<main>
  <h1>Therapy or coaching?</h1>
  ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} before the quiz, long enough to wrap on a phone.</p>`).join('\n')}
  <therapy-coaching-quiz id="quiz" booking-url="${BOOK}"></therapy-coaching-quiz>
  ${Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} after the quiz, long enough to wrap on a phone.</p>`).join('\n')}
  <booking-cta id="pill" variant="floating" href="${BOOK}" label="Book a consultation"></booking-cta>
</main>`;

const intersects = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

for (const width of [320, 360]) {
  describe(`floating pill at ${width} px`, () => {
    let page: HostPage;
    beforeEach(async () => {
      page = await openPage({ body: BODY, width, height: 640, head: '<style>body { margin: 0 1rem; font: 16px/1.5 sans-serif; }</style>' });
    });
    afterEach(() => page?.frame.remove());

    it('floats: fixed at the bottom corner, compact (one row, 44 px targets)', () => {
      const pill = part(page.$('#pill'), 'base');
      expect(page.win.getComputedStyle(pill).position).to.equal('fixed');
      const box = pill.getBoundingClientRect();
      expect(page.win.innerHeight - box.bottom, 'near the bottom of the screen').to.be.within(0, 16);
      expect(page.doc.documentElement.clientWidth - box.right, 'near the right edge (inside a classic scrollbar)').to.be.within(0, 16);
      expect(box.height, 'one row').to.be.below(60);
      for (const control of [part(page.$('#pill'), 'button'), part(page.$('#pill'), 'dismiss-button')]) {
        const r = control.getBoundingClientRect();
        expect(Math.min(r.width, r.height), control.textContent?.trim()).to.be.at.least(44);
      }
    });

    it('never covers the element that has keyboard focus, tabbing through the whole page', async () => {
      const { doc, win } = page;
      const pillHost = page.$('#pill');
      const pill = part(pillHost, 'base');
      doc.querySelector('a')!.focus();
      let covered = 0;
      let steps = 0;
      for (; steps < LINKS + 1; steps++) {
        await sendKeys({ press: 'Tab' });
        await nextFrame(win);
        const focused = doc.activeElement === pillHost ? pillHost.shadowRoot!.activeElement : doc.activeElement;
        if (!focused || pillHost.contains(focused) || focused.getRootNode() === pillHost.shadowRoot) break;
        const shown = win.getComputedStyle(pill).opacity !== '0';
        if (shown && intersects(focused.getBoundingClientRect(), pill.getBoundingClientRect())) {
          covered++;
        }
      }
      expect(steps, 'Tab went through the links to the pill').to.equal(LINKS - 1);
      expect(covered, 'focused links under the pill').to.equal(0);
      // On the pill itself, it shows.
      expect(win.getComputedStyle(pill).opacity).to.equal('1');
    });

    it('steps aside when focus moves to a control under it inside a component (one shadow root)', async () => {
      page.frame.remove();
      page = await openPage({ body: FAQ_BODY, width, height: 640, head: '<style>body { margin: 0 1rem; font: 16px/1.5 sans-serif; }</style>' });
      const { win } = page;
      const pill = part(page.$('#pill'), 'base');
      const [first, second] = page.$('#faq').shadowRoot!.querySelectorAll<HTMLElement>('[part~="button"]');
      // The first question above the pill; the second one on screen, its bottom level with the
      // pill's: Tab will not scroll.
      first.focus({ preventScroll: true });
      const pillBox = pill.getBoundingClientRect();
      const target = second.getBoundingClientRect();
      win.scrollBy(0, target.bottom - pillBox.bottom);
      await nextFrame(win);
      await nextFrame(win);
      expect(win.getComputedStyle(pill).opacity, 'the pill shows while the first question has focus').to.equal('1');
      expect(intersects(second.getBoundingClientRect(), pill.getBoundingClientRect()), 'the second question is under the pill').to.equal(true);

      await sendKeys({ press: 'Tab' });
      await nextFrame(win);
      expect(deepFocus(page.doc), 'focus on the second question').to.equal(second);
      expect(intersects(second.getBoundingClientRect(), pill.getBoundingClientRect()), 'Tab did not scroll').to.equal(true);
      await until(() => win.getComputedStyle(pill).opacity === '0', 'the pill steps aside');
    });

    it('steps aside while a quiz fills the bottom of the screen, and shows when Tab reaches it', async () => {
      page.frame.remove();
      page = await openPage({ body: QUIZ_BODY, width, height: 640, head: '<style>body { margin: 0 1rem; font: 16px/1.5 sans-serif; }</style>' });
      const { win, doc } = page;
      const pillHost = page.$('#pill');
      const pill = part(pillHost, 'base');
      const quiz = page.$('#quiz');
      const shown = () => win.getComputedStyle(pill).opacity === '1' && win.getComputedStyle(pill).pointerEvents !== 'none';
      expect(shown(), 'over the article above the quiz').to.equal(true);

      // The quiz's end (its Start button) at the bottom of the screen, where the pill floats.
      quiz.scrollIntoView({ block: 'end', behavior: 'instant' });
      await until(() => !shown(), 'the pill steps aside over the quiz');
      const box = pill.getBoundingClientRect();
      const tapped = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(tapped, 'a tap there reaches the quiz').to.equal(quiz);

      // Tab from the quiz's last control to the pill: it shows while it has focus.
      part(quiz, 'start').focus({ preventScroll: true });
      await sendKeys({ press: 'Tab' });
      await until(() => pillHost.shadowRoot!.activeElement === part(pillHost, 'button'), 'Tab reached the pill');
      await until(() => shown(), 'the focused pill shows');

      // Past the quiz, over the article again.
      doc.querySelector<HTMLElement>('p:last-of-type')!.focus();
      win.scrollTo({ top: doc.documentElement.scrollHeight, behavior: 'instant' });
      await until(() => shown(), 'the pill is back over the article below the quiz');
    });

    it('can be dismissed', async () => {
      const el = page.$('#pill');
      part(el, 'dismiss-button').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('*')).to.equal(null);
    });
  });
}
