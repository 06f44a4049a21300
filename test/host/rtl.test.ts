// The built module on a right-to-left page (`<html dir="rtl">`), next to the same page left to
// right: each element's layout mirrors (things hug the inline start: the right in RTL, and
// come in reading order from it), and the floating pill stays at the corner its `position`
// names (the values are physical: bottom-right, bottom-left).
import { expect } from '@open-wc/testing';
import { part } from '../support/helpers.js';
import { PATHS, clickThrough } from '../support/quiz-paths.js';
import type { LitElement } from 'lit';
import { openPage, type HostPage } from './support.js';

const box = (node: Node): DOMRect => {
  if (node.nodeType === Node.TEXT_NODE) {
    const range = node.ownerDocument!.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  }
  return (node as Element).getBoundingClientRect();
};
/** The first non-blank text node inside an element (shadow content not included). */
const words = (el: Element): Node =>
  el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) => ((n as Text).data.trim() ? 1 : 3)).nextNode()!;
const center = (node: Node) => (box(node).left + box(node).right) / 2;

for (const dir of ['rtl', 'ltr']) {
  const rtl = dir === 'rtl';
  /** `a` comes first in reading order: right of `b` in RTL, left of it in LTR. */
  const precedes = (a: Node, b: Node, what: string) => expect(rtl ? center(a) > center(b) : center(a) < center(b), `${what} (${dir})`).to.equal(true);
  /** `node` hugs the inline-start edge of `container`: near it, and further from the other edge. */
  const atStart = (node: Node, container: Element, what: string) => {
    const [inner, outer] = [box(node), box(container)];
    const start = rtl ? outer.right - inner.right : inner.left - outer.left;
    const end = rtl ? inner.left - outer.left : outer.right - inner.right;
    expect(start, `${what}: distance from the start edge (${dir})`).to.be.within(-0.5, 40);
    expect(end, `${what}: distance from the end edge (${dir})`).to.be.above(start);
  };

  describe(`host page dir="${dir}"`, () => {
    let page: HostPage;
    before(async () => {
      page = await openPage({ attrs: `lang="en" dir="${dir}"`, width: 900 });
    });
    after(() => page?.frame.remove());

    it('FAQ: questions, the search box and Expand all start at the start edge, chevrons at the end', () => {
      for (const id of ['#faq', '#builtin']) {
        const faq = page.$(id);
        for (const button of faq.shadowRoot!.querySelectorAll('[part~=button]')) {
          atStart(words(button), button, button.textContent.trim());
          precedes(words(button), button.querySelector('[part~=icon]')!, 'the question before its chevron');
        }
        atStart(part(faq, 'expand-all'), faq, 'Expand all');
      }
      const search = part(page.$('#faq'), 'search');
      atStart(words(search.closest('label') ?? search.parentElement!), page.$('#faq'), 'the search label');
    });

    it('quiz start screen: heading, crisis line and Start at the start edge; the crisis bar on that side', () => {
      const quiz = page.$('#quiz');
      atStart(words(part(quiz, 'heading')), quiz, 'heading');
      atStart(part(quiz, 'start'), quiz, 'Start');
      const line = page.win.getComputedStyle(part(quiz, 'crisis-line'));
      const [start, end] = rtl ? (['Right', 'Left'] as const) : (['Left', 'Right'] as const);
      expect(parseFloat(line[`border${start}Width`]), `crisis bar at the start (${dir})`).to.be.above(0);
      expect(line[`border${end}Width`], dir).to.equal('0px');
    });

    it('quiz question: each radio button precedes its answer, Next precedes Back', async () => {
      const quiz = page.$('#quiz');
      part(quiz, 'start').click();
      await quiz.updateComplete;
      for (const label of quiz.shadowRoot!.querySelectorAll('[part~=answer]')) {
        precedes(label.querySelector('input')!, words(label), 'radio before its text');
        atStart(label.querySelector('input')!, label, 'radio');
      }
      precedes(part(quiz, 'next'), part(quiz, 'back'), 'Next before Back');
      atStart(part(quiz, 'next'), quiz, 'Next');
    });

    it('quiz result: the heading, the booking button and Start again at the start edge', async () => {
      const quiz = page.doc.createElement('therapy-coaching-quiz') as LitElement;
      quiz.setAttribute('booking-url', 'https://clinic.example/book');
      page.$('main').append(quiz);
      await clickThrough(quiz, PATHS.therapy);
      const cta = quiz.shadowRoot!.querySelector<LitElement>('booking-cta')!;
      await cta.updateComplete;
      atStart(words(part(quiz, 'heading')), quiz, 'result heading');
      atStart(part(cta, 'button'), quiz, 'booking button');
      atStart(part(quiz, 'restart'), quiz, 'Start again');
      quiz.remove();
    });

    it('booking button and banner: the button first, at the start edge', () => {
      const cta = page.$('#cta');
      atStart(part(cta, 'button'), cta, 'button');
      const contact = part(cta, 'contact');
      const sameRow = box(contact).top < box(part(cta, 'button')).bottom && box(contact).bottom > box(part(cta, 'button')).top;
      if (sameRow) precedes(part(cta, 'button'), contact, 'button before the contact line');
      else atStart(words(contact), cta, 'the contact line, on its own row');
      const banner = page.$('#banner');
      for (const name of ['heading', 'description', 'button', 'contact']) {
        const node = part(banner, name);
        atStart(name === 'button' ? node : words(node), part(banner, 'base'), `banner ${name}`);
      }
    });

    it('floating pill: stays at the corner it names, its dismiss button after the link', async () => {
      const pill = page.$('#floating');
      const view = page.doc.documentElement.clientWidth;
      expect(view - box(part(pill, 'base')).right, 'bottom-right').to.be.within(0, 24);
      precedes(part(pill, 'button'), part(pill, 'dismiss-button'), 'link before ×');
      pill.setAttribute('position', 'bottom-left');
      await pill.updateComplete;
      expect(box(part(pill, 'base')).left, 'bottom-left').to.be.within(0, 24);
      pill.setAttribute('position', 'bottom-right');
      await pill.updateComplete;
    });

    it('throws and logs nothing', () => {
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.console).to.deep.equal([]);
    });
  });
}
