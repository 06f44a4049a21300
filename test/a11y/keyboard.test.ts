// Keyboard-only journeys through a page (sendKeys only: no clicks, no programmatic activation;
// each journey starts from a button before the element): the quiz to each outcome and on to
// booking it (or, in crisis, to the crisis lines), the FAQ, the booking dialog and the floating
// pill. Every control reached shows a visible focus indicator, and focus never gets lost.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/index.js';
import type { BookingClickDetail, FaqAccordion, TherapyCoachingQuiz } from '../../src/index.js';
import { cleanKit } from '../support/clean-kit.js';
import { CRISIS, PATHS } from '../support/quiz-paths.js';
import { BOOK, SPACE, hasPart, part, press, text } from '../support/helpers.js';

const PHONE = '(780) 555-0100';

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** A short name for a focused control, for the journey logs. */
const name = (node: Element | null) =>
  !node ? 'nothing' : node.id === 'before' || node.id === 'after' ? `#${node.id}` : `${node.localName}${node.getAttribute('part') ? `[${node.getAttribute('part')}]` : ''} "${text(node).slice(0, 60)}"`;

/** Presses Tab; the control that gets focus shows a visible focus indicator. */
async function tab(): Promise<Element | null> {
  await press('Tab');
  const node = focused();
  if (node && node.getRootNode() !== document && node.localName !== 'iframe') {
    const style = getComputedStyle(node);
    expect(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, `focus indicator on ${name(node)}`).to.equal(true);
  }
  return node;
}

/** Tabs until `match` is focused; returns every control passed on the way (and the match). */
async function tabTo(match: (node: Element) => boolean, limit = 12): Promise<Element[]> {
  const path: Element[] = [];
  for (let i = 0; i < limit; i++) {
    const node = await tab();
    if (node) path.push(node);
    if (node && match(node)) return path;
  }
  throw new Error(`Tab never reached it; it went: ${path.map(name).join(' → ')}`);
}
const isPart = (partName: string) => (node: Element) => !!node.part?.contains(partName);

let warn: sinon.SinonStub;
beforeEach(() => (warn = cleanKit()));
afterEach(() => warn.restore());

describe('keyboard journey: the quiz to each outcome, then booking it', () => {
  const LABELS = { therapy: 'Book a therapy consultation', coaching: 'Book a coaching consultation', both: 'Book a consultation', consultation: 'Book a consultation' };

  async function page() {
    const root = await fixture(html`<div>
      <button id="before">Before</button>
      <therapy-coaching-quiz id="quiz" booking-url=${BOOK} phone=${PHONE}></therapy-coaching-quiz>
      <booking-cta id="follow" for="quiz" href=${BOOK}></booking-cta>
      <button id="after">After</button>
    </div>`);
    const quiz = root.querySelector<TherapyCoachingQuiz>('#quiz')!;
    await quiz.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    return { root, quiz, follow: root.querySelector('booking-cta')! };
  }

  /** Start, then per question: Tab into the answers, arrows (or Space for the first), Tab to Next, Enter. */
  async function answer(quiz: TherapyCoachingQuiz, path: readonly number[]) {
    const toStart = await tabTo(isPart('start'));
    expect(toStart.map((n) => n.getAttribute('href') ?? n.getAttribute('part')), 'the crisis lines come before Start').to.deep.equal([
      'tel:988',
      'tel:911',
      'start',
    ]);
    await press('Enter');
    for (const [n, pick] of path.entries()) {
      await waitUntil(() => focused() === part(quiz, 'heading') && hasPart(quiz, 'progress') && text(part(quiz, 'progress')) === `Question ${n + 1} of 7`, `question ${n + 1} has focus`);
      const radios = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(await tab(), 'Tab goes into the answers').to.equal(radios[0]);
      if (pick === 0) await press(SPACE);
      for (let i = 0; i < pick; i++) await press('ArrowDown');
      expect(radios[pick].checked, `answer ${pick} chosen`).to.equal(true);
      expect(focused()).to.equal(radios[pick]);
      await tabTo(isPart('next'));
      await press('Enter');
    }
    await waitUntil(() => focused() === part(quiz, 'heading') && !hasPart(quiz, 'progress'), 'the last screen’s heading has focus');
  }

  for (const outcome of ['therapy', 'coaching', 'both', 'consultation'] as const) {
    it(`${outcome}: Tab through the result to its booking link, Enter books ${outcome}; the page's own button follows`, async () => {
      const { quiz, follow } = await page();
      await answer(quiz, PATHS[outcome]);
      const cta = quiz.shadowRoot!.querySelector('booking-cta')!;
      const clicked = oneEvent(quiz, 'booking-click');
      quiz.addEventListener('booking-click', (e) => e.preventDefault(), { once: true });
      const path = await tabTo((n) => n.getRootNode() === cta.shadowRoot && n.localName === 'a');
      expect(path.map(name), 'the booking link is the first stop after the result heading').to.have.length(1);
      expect(text(focused())).to.contain(LABELS[outcome]);
      await press('Enter');
      const detail = ((await clicked) as CustomEvent<BookingClickDetail>).detail;
      expect([detail.service, detail.href]).to.deep.equal([outcome, BOOK]);
      const rest = await tabTo((n) => n.id === 'after');
      expect(rest.map(name)).to.deep.equal([
        `a "Call ${PHONE}"`,
        'button[restart] "Start again"',
        `a[button] "${LABELS[outcome]} (opens in a new tab)"`,
        '#after',
      ]);
      expect(rest[2].getRootNode()).to.equal(follow.shadowRoot);
    });
  }

  it('crisis: Tab goes straight to the crisis lines, the clinic, Start again; the page’s booking button is gone', async () => {
    const { quiz } = await page();
    await answer(quiz, CRISIS);
    expect(part(quiz, 'crisis')).to.exist;
    const path = await tabTo((n) => n.id === 'after');
    expect(path.map((n) => n.getAttribute('href') ?? name(n))).to.deep.equal([
      'tel:988',
      'sms:988',
      'tel:911',
      'tel:7805550100',
      'button[restart] "Start again"',
      '#after',
    ]);
  });
});

describe('keyboard journey: the FAQ', () => {
  async function page() {
    const root = await fixture(html`<div>
      <button id="before">Before</button>
      <faq-accordion search></faq-accordion>
      <button id="after">After</button>
    </div>`);
    const faq = root.querySelector<FaqAccordion>('faq-accordion')!;
    await faq.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    return faq;
  }
  const questions = (faq: FaqAccordion) => [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=button]')];
  const expanded = (faq: FaqAccordion) => questions(faq).map((b) => b.getAttribute('aria-expanded') === 'true');

  it('Tab in, arrows, Home/End, Enter and Space, then Tab out to the rest of the page', async () => {
    const faq = await page();
    const q = questions(faq);
    const path = await tabTo((n) => n === q[0]);
    expect(path.map((n) => n.getAttribute('part'))).to.deep.equal(['search', 'expand-all', 'button']);
    await press('ArrowDown');
    expect(focused()).to.equal(q[1]);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(focused(), 'Up from the first wraps to the last').to.equal(q[4]);
    await press('Home');
    expect(focused()).to.equal(q[0]);
    await press('End');
    expect(focused()).to.equal(q[4]);
    await press('Enter');
    await faq.updateComplete;
    expect(expanded(faq)).to.deep.equal([false, false, false, false, true]);
    await press(SPACE);
    await faq.updateComplete;
    expect(expanded(faq)).to.deep.equal([false, false, false, false, false]);
    await press(SPACE);
    await faq.updateComplete;
    expect(expanded(faq)[4]).to.equal(true);
    expect(focused(), 'focus stays on the question').to.equal(q[4]);
    expect(await tab(), 'Tab leaves the FAQ after its last question').to.have.property('id', 'after');
  });

  it('type a search, Tab to Expand all, Enter opens the questions shown, Tab reaches only those', async () => {
    const faq = await page();
    await tab();
    expect(focused()).to.equal(part(faq, 'search'));
    await sendKeys({ type: 'online' });
    await faq.updateComplete;
    const shown = questions(faq).filter((b) => b.checkVisibility());
    await waitUntil(() => text(part(faq, 'status')) === `${shown.length} of 5 questions`, 'the count', { timeout: 4000 });
    expect(shown.length).to.be.within(1, 4);
    await tab();
    expect(focused()).to.equal(part(faq, 'expand-all'));
    await press('Enter');
    await faq.updateComplete;
    expect(text(part(faq, 'expand-all'))).to.equal('Collapse all');
    expect(shown.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    const path = await tabTo((n) => n.id === 'after');
    expect(path.slice(0, -1), 'Tab visits the shown questions only').to.deep.equal(shown);
  });
});

describe('keyboard journey: the booking dialog and the floating pill', () => {
  it('Tab to the link, Enter opens the dialog, Tab stays inside it, Escape closes it and focus returns', async () => {
    const root = await fixture(html`<div>
      <button id="before">Before</button>
      <booking-cta mode="dialog" href="/test/host/pages/book.html" label="Book online"></booking-cta>
      <button id="after">After</button>
    </div>`);
    const cta = root.querySelector('booking-cta')!;
    await cta.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    const link = part(cta, 'button');
    expect(await tab()).to.equal(link);
    await press('Enter');
    const dialog = cta.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open && cta.shadowRoot!.querySelector('iframe'), 'the dialog opens with the booking page');
    expect(dialog.matches(':modal')).to.equal(true);
    const first = focused();
    expect(dialog.contains(first), 'opening moves focus into the dialog').to.equal(true);
    const visited = new Set<string>([first!.getAttribute('part') ?? first!.localName]);
    for (let i = 0; i < 8; i++) {
      await press('Tab');
      const node = focused();
      // Past the last control, focus may rest on the browser's own UI (body) before it wraps.
      const inside = !node || node === document.body || dialog.contains(node);
      expect(inside, `Tab ${i + 1} left the dialog for ${name(node)}`).to.equal(true);
      if (node && dialog.contains(node)) visited.add(node.getAttribute('part') ?? node.localName);
    }
    expect([...visited]).to.include.members(['close-button', 'new-tab-link']);
    const closed = oneEvent(dialog, 'close');
    await press('Escape');
    await closed;
    await cta.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(focused(), 'focus returns to the booking link').to.equal(link);
    expect(await tab()).to.have.property('id', 'after');
  });

  it('the floating pill: Tab to its link, then to ×, Enter dismisses it, and Tab goes on from there', async () => {
    const root = await fixture(html`<div>
      <button id="before">Before</button>
      <booking-cta variant="floating" href=${BOOK}></booking-cta>
      <button id="after">After</button>
    </div>`);
    const cta = root.querySelector('booking-cta')!;
    await cta.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    expect(await tab()).to.equal(part(cta, 'button'));
    const dismiss = await tab();
    expect(dismiss).to.equal(part(cta, 'dismiss-button'));
    expect(dismiss!.getAttribute('aria-label')).to.equal('Hide the booking button');
    await press('Enter');
    await cta.updateComplete;
    expect(cta.shadowRoot!.querySelector('a, button'), 'dismissed').to.equal(null);
    expect(await tab(), 'Tab continues after the pill, not from the top').to.have.property('id', 'after');
  });
});
