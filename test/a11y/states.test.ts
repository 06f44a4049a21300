// WCAG 2.2 A and AA (axe-core, those rules only) on every state of every element: the FAQ closed,
// one open, all open, filtered and with no match (built-in, the clinic's own <details>, a long
// JSON list); the quiz's start screen, each question, each result and the crisis screen; each
// booking-cta variant, and its dialog open. The keyboard journeys are in keyboard.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { BookingCta, FaqAccordion, TherapyCoachingQuiz } from '../../src/index.js';
import { cleanKit } from '../support/clean-kit.js';
import { expectWcag } from './wcag.js';
import { CRISIS, PATHS, UNDISCLOSED } from '../support/quiz-paths.js';
import { BOOK, part, text } from '../support/helpers.js';

const PHONE = '(780) 555-0100';
const questions = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=button]')];
const MANY = JSON.stringify(
  Array.from({ length: 8 }, (_, i) => ({ question: `Question number ${i + 1}?`, answer: `Answer ${i + 1}.\n\nA second paragraph.` })),
);

let warn: sinon.SinonStub;
beforeEach(() => (warn = cleanKit()));
afterEach(() => {
  const warnings = warn.getCalls().map((c) => String(c.args[0]));
  warn.restore();
  expect(warnings, `no warning from a valid setup: ${warnings.join(' | ')}`).to.deep.equal([]);
});

describe('WCAG 2.2 A/AA: <faq-accordion>, every state', () => {
  const setups = {
    'built-in questions': [html`<faq-accordion search></faq-accordion>`, 'online'],
    'the clinic’s own <details>': [
      html`<faq-accordion search heading-level="2">
      <details><summary>Do you offer a free consultation?</summary><p>Yes: a free <a href="/call">15-minute call</a>.</p></details>
      <details open><summary>Are online sessions available?</summary><p>Yes, by secure video.</p></details>
    </faq-accordion>`,
      'online',
    ],
    'a long JSON list (groups, not regions)': [html`<faq-accordion search single><script type="application/json">${MANY}</script></faq-accordion>`, 'number 3'],
  } as const;
  for (const [name, [template, term]] of Object.entries(setups)) {
    it(`${name}: closed, one open, all open, filtered, no match`, async () => {
      const el = await fixture<FaqAccordion>(template);
      el.collapseAll();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      await expectWcag(el, `${name}, all closed`);
      questions(el)[1].click();
      await el.updateComplete;
      expect(questions(el)[1].getAttribute('aria-expanded')).to.equal('true');
      await expectWcag(el, `${name}, one open`);
      el.expandAll();
      await el.updateComplete;
      await expectWcag(el, `${name}, all open`);
      const search = part(el, 'search') as HTMLInputElement;
      search.value = term;
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => /^\d+ of \d+ questions$/.test(text(part(el, 'status'))), 'the count', { timeout: 4000 });
      await expectWcag(el, `${name}, filtered`);
      search.value = 'zzzz';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => text(part(el, 'status')) === 'No questions match your search. Try other words.', 'no match', { timeout: 4000 });
      await expectWcag(el, `${name}, no match`);
    });
  }

  it('without search or toggle, and in a dark colour scheme set by the page', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion no-expand-all style="color: #eee; background: #1d2321; --cw-accent: #8fd0c4"></faq-accordion>`);
    questions(el)[0].click();
    await el.updateComplete;
    await expectWcag(el, 'no toggle, dark page');
  });
});

describe('WCAG 2.2 A/AA: <therapy-coaching-quiz>, every screen', () => {
  async function quiz(template = html`<therapy-coaching-quiz booking-url=${BOOK} phone=${PHONE}></therapy-coaching-quiz>`) {
    const el = await fixture<TherapyCoachingQuiz>(template);
    await el.updateComplete;
    return el;
  }
  async function answer(el: TherapyCoachingQuiz, pick: number) {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=answer] input')[pick].click();
    await el.updateComplete;
    part(el, 'next').click();
    await el.updateComplete;
  }

  it('the start screen, each question (unanswered and answered) and Back', async () => {
    const el = await quiz();
    await expectWcag(el, 'start');
    part(el, 'start').click();
    await el.updateComplete;
    part(el, 'next').click(); // no answer yet: the quiz asks for one
    await el.updateComplete;
    await expectWcag(el, 'question 1, Next without an answer');
    for (let n = 1; n <= 7; n++) {
      expect(text(part(el, 'progress'))).to.equal(`Question ${n} of 7`);
      await expectWcag(el, `question ${n}`);
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=answer] input')[1].click();
      await el.updateComplete;
      // On the safety question, the second answer is "Yes": its help shows at once.
      await expectWcag(el, n === 2 ? 'question 2, Yes chosen: crisis help shown' : `question ${n}, answered`);
      if (n === 7) break;
      await answer(el, n === 2 ? 0 : 1);
    }
  });

  for (const [outcome, path] of Object.entries(PATHS)) {
    it(`the ${outcome} result`, async () => {
      const el = await quiz();
      part(el, 'start').click();
      await el.updateComplete;
      for (const pick of path) await answer(el, pick);
      const cta = el.shadowRoot!.querySelector<BookingCta>('booking-cta')!;
      await cta.updateComplete;
      expect(part(cta, 'button').getAttribute('href')).to.equal(BOOK);
      await expectWcag(el, `${outcome} result`);
    });
  }

  it('a result that leads with crisis help (the visitor would rather not say)', async () => {
    const el = await quiz();
    part(el, 'start')!.click();
    await el.updateComplete;
    for (const pick of UNDISCLOSED) await answer(el, pick);
    expect(part(el, 'safety')).to.exist;
    await expectWcag(el, 'result led by crisis help');
  });

  it('a result without a booking link or phone', async () => {
    const el = await quiz(html`<therapy-coaching-quiz></therapy-coaching-quiz>`);
    expect(warn.firstCall.args[0], 'a setup to warn about').to.match(/booking-url: missing, and no phone either/);
    warn.resetHistory();
    part(el, 'start').click();
    await el.updateComplete;
    for (const pick of PATHS.both) await answer(el, pick);
    expect(el.shadowRoot!.querySelector('booking-cta')).to.equal(null);
    await expectWcag(el, 'result without booking');
  });

  it('the crisis screen, with and without the clinic’s phone and a text line', async () => {
    for (const template of [
      html`<therapy-coaching-quiz booking-url=${BOOK} phone=${PHONE}></therapy-coaching-quiz>`,
      html`<therapy-coaching-quiz booking-url=${BOOK} crisis-sms="" crisis-phone="116 123" crisis-name="Samaritans" emergency-phone="112"></therapy-coaching-quiz>`,
    ]) {
      const el = await quiz(template);
      part(el, 'start').click();
      await el.updateComplete;
      for (const pick of CRISIS) await answer(el, pick);
      expect(part(el, 'crisis')).to.exist;
      expect(el.shadowRoot!.querySelectorAll('a[href^="tel:"]').length).to.be.at.least(2);
      await expectWcag(el, `crisis (${el.getAttribute('emergency-phone') ?? '911'})`);
    }
  });
});

describe('WCAG 2.2 A/AA: <booking-cta>, every variant', () => {
  const variants = {
    button: html`<booking-cta href=${BOOK}></booking-cta>`,
    'button with phone, email and online': html`<booking-cta href=${BOOK} phone=${PHONE} email="hello@clinic.example" online></booking-cta>`,
    'button in the same tab, with an icon': html`<booking-cta href=${BOOK} target="_self"><svg slot="icon" aria-hidden="true" width="16" height="16"></svg></booking-cta>`,
    'phone only (no link)': html`<booking-cta phone=${PHONE}></booking-cta>`,
    banner: html`<booking-cta variant="banner" href=${BOOK} phone=${PHONE} email="hello@clinic.example" online></booking-cta>`,
    'banner with its own heading and text': html`<booking-cta variant="banner" href=${BOOK}
      ><span slot="heading">Talk to us</span><span slot="description">Free 15-minute call.</span></booking-cta
    >`,
    'floating, bottom-right': html`<booking-cta variant="floating" href=${BOOK}></booking-cta>`,
    'floating, bottom-left, phone only': html`<booking-cta variant="floating" position="bottom-left" phone=${PHONE}></booking-cta>`,
    'dialog mode, closed': html`<booking-cta mode="dialog" href="/test/host/pages/book.html"></booking-cta>`,
  };
  for (const [name, template] of Object.entries(variants)) {
    it(name, async () => {
      const el = await fixture<BookingCta>(template);
      expect(el.shadowRoot!.querySelector('a[href]')).to.exist;
      await expectWcag(el, name);
    });
  }

  it('dialog mode, open', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href="/test/host/pages/book.html"></booking-cta>`);
    part(el, 'button').click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    await expectWcag(el, 'dialog open');
    dialog.close();
  });

  it('after the quiz recommends a service', async () => {
    const page = await fixture(html`<div>
      <therapy-coaching-quiz id="q"></therapy-coaching-quiz>
      <booking-cta for="q" variant="banner" href=${BOOK}></booking-cta>
    </div>`);
    const el = page.querySelector('booking-cta')!;
    page.querySelector('#q')!.dispatchEvent(
      new CustomEvent('quiz-complete', { detail: { recommendation: 'coaching', scores: { therapy: 0, coaching: 9 }, bookingUrl: BOOK }, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(text(part(el, 'button'))).to.contain('Book a coaching consultation');
    await expectWcag(el, 'after a recommendation');
  });
});
