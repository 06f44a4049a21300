import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { BookingCta, BookingClickDetail, BookingCtaStrings, TherapyCoachingQuiz } from '../src/index.js';
import { CRISIS, clickThrough } from './support/quiz-paths.js';
import { cleanKit } from './support/clean-kit.js';

const OWN = 'https://clinic.janeapp.com/';
const button = (el: BookingCta) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]');
/** The button's visible text (without the screen-reader-only new-tab note). */
function label(el: BookingCta): string {
  const copy = button(el)!.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
  return (copy.textContent ?? '').trim();
}
/** Nothing rendered: nothing to see, reach or hear. */
const gone = (el: BookingCta) => !el.shadowRoot!.querySelector('*') && el.getBoundingClientRect().height === 0;

/** A synthetic quiz: events come from an element with the id, as `<therapy-coaching-quiz>` sends them. */
function fire(from: Element, type: 'quiz-complete' | 'quiz-start', detail: unknown = {}) {
  from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

const OUTCOMES = [
  ['therapy', 'Book a therapy consultation', 'https://clinic.janeapp.com/#/therapy'],
  ['coaching', 'Book a coaching consultation', 'https://cal.com/clinic/coaching'],
  ['both', 'Book a consultation', null],
  ['consultation', 'Book a consultation', 'https://clinic.example/book'],
] as const;

describe('<booking-cta for="quiz">: the hand-off from the quiz', () => {
  let warn: sinon.SinonStub;
  let quiz: HTMLElement;
  let el: BookingCta;

  async function setup(attrs: { serviceParam?: string; dataLayer?: boolean; variant?: string } = {}) {
    const page = await fixture(html`<div>
      <div id="quiz"></div>
      <div id="other"></div>
      <booking-cta
        for="quiz"
        href=${OWN}
        service-param=${attrs.serviceParam ?? ''}
        ?data-layer=${attrs.dataLayer}
        variant=${attrs.variant ?? 'button'}
        ><span slot="heading">Next step</span></booking-cta
      >
    </div>`);
    quiz = page.querySelector('#quiz')!;
    el = page.querySelector('booking-cta')!;
    await el.updateComplete;
  }

  beforeEach(() => (warn = cleanKit()));
  afterEach(() => {
    warn.restore();
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  for (const [recommendation, text, bookingUrl] of OUTCOMES) {
    it(`after "${recommendation}": says "${text}", books ${bookingUrl ?? 'its own href'} with service=${recommendation}`, async () => {
      await setup({ serviceParam: 'service' });
      fire(quiz, 'quiz-complete', { recommendation, scores: { therapy: 3, coaching: 1 }, bookingUrl });
      await el.updateComplete;
      expect(label(el)).to.equal(text);
      const url = new URL(button(el)!.href);
      const base = new URL(bookingUrl ?? OWN);
      expect(url.origin + url.pathname + url.hash).to.equal(base.origin + base.pathname + base.hash);
      expect(url.searchParams.get('service')).to.equal(recommendation);
      await expect(el).to.be.accessible();

      let detail: BookingClickDetail | undefined;
      el.addEventListener('booking-click', (e) => ((detail = e.detail), e.preventDefault()));
      button(el)!.click();
      expect(detail).to.deep.equal({ href: url.href, service: recommendation, variant: 'button' });
    });
  }

  it('adds no parameter unless service-param names one', async () => {
    await setup();
    fire(quiz, 'quiz-complete', { recommendation: 'coaching', scores: {}, bookingUrl: 'https://cal.com/clinic/coaching' });
    await el.updateComplete;
    expect(button(el)!.getAttribute('href')).to.equal('https://cal.com/clinic/coaching');
  });

  it('keeps a service parameter the quiz URL already has', async () => {
    await setup({ serviceParam: 'service' });
    fire(quiz, 'quiz-complete', { recommendation: 'therapy', bookingUrl: 'https://clinic.example/book?service=intake' });
    await el.updateComplete;
    expect(new URL(button(el)!.href).searchParams.getAll('service')).to.deep.equal(['intake']);
  });

  it('hides completely on "crisis", for everyone, and comes back on quiz-start', async () => {
    await setup({ variant: 'banner' });
    fire(quiz, 'quiz-complete', { recommendation: 'crisis', scores: {}, bookingUrl: null });
    await el.updateComplete;
    expect(gone(el)).to.equal(true);
    expect(el.querySelector<HTMLElement>('[slot=heading]')!.getClientRects()).to.have.length(0);
    await expect(el).to.be.accessible();
    fire(quiz, 'quiz-start');
    await el.updateComplete;
    expect(label(el)).to.equal('Book a consultation');
    expect(el.querySelector<HTMLElement>('[slot=heading]')!.getClientRects().length).to.be.above(0);
  });

  it('steps aside while the real quiz shows crisis help under its safety question, and comes back when another answer is chosen', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <therapy-coaching-quiz id="real-quiz" booking-url=${OWN}></therapy-coaching-quiz>
      <booking-cta for="real-quiz" variant="floating" href=${OWN}></booking-cta>
    </div>`);
    const realQuiz = page.querySelector<TherapyCoachingQuiz>('therapy-coaching-quiz')!;
    const cta = page.querySelector<BookingCta>('booking-cta')!;
    const choose = async (answer: number) => {
      realQuiz.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=answer] input')[answer].click();
      await realQuiz.updateComplete;
      await cta.updateComplete;
    };
    await clickThrough(realQuiz, [0]); // on to the safety question
    expect(gone(cta), 'shown before').to.equal(false);
    await choose(CRISIS[1]);
    expect(realQuiz.shadowRoot!.querySelector('[part~=crisis-now]'), 'the crisis help shows').to.not.equal(null);
    expect(gone(cta), 'stepped aside').to.equal(true);
    await choose(0);
    expect(gone(cta), 'back with another answer').to.equal(false);
  });

  it('returns to its own label and href on quiz-start', async () => {
    await setup({ serviceParam: 'service' });
    fire(quiz, 'quiz-complete', { recommendation: 'therapy', bookingUrl: 'https://clinic.example/therapy' });
    await el.updateComplete;
    fire(quiz, 'quiz-start');
    await el.updateComplete;
    expect(label(el)).to.equal('Book a consultation');
    expect(button(el)!.getAttribute('href')).to.equal(OWN);
  });

  it('refuses an unsafe bookingUrl with a warning and uses its own href', async () => {
    await setup();
    fire(quiz, 'quiz-complete', { recommendation: 'therapy', bookingUrl: ' JavaScript:alert(1)' });
    await el.updateComplete;
    expect(button(el)!.getAttribute('href')).to.equal(OWN);
    expect(label(el)).to.equal('Book a therapy consultation');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.match(/^<booking-cta> for \(bookingUrl\): .*not a safe link/);
  });

  it('ignores other quizzes, and follows events from inside the quiz shadow root', async () => {
    await setup();
    fire(document.querySelector('#other')!, 'quiz-complete', { recommendation: 'crisis' });
    await el.updateComplete;
    expect(button(el)).to.not.equal(null);
    const inner = document.createElement('button');
    quiz.attachShadow({ mode: 'open' }).append(inner);
    fire(inner, 'quiz-complete', { recommendation: 'coaching', bookingUrl: null });
    await el.updateComplete;
    expect(label(el)).to.equal('Book a coaching consultation');
  });

  it('ignores an unknown recommendation and its URL, keeping its own label and href', async () => {
    await setup();
    fire(quiz, 'quiz-complete', { recommendation: 'therapy', bookingUrl: 'https://clinic.example/therapy' });
    fire(quiz, 'quiz-complete', { recommendation: 'astrology', bookingUrl: 'https://x.example/' });
    await el.updateComplete;
    expect(label(el)).to.equal('Book a consultation');
    expect(button(el)!.getAttribute('href')).to.equal(OWN);
  });

  it('uses string overrides for the outcome labels', async () => {
    await setup();
    el.strings = { therapy: 'Book an intake with a therapist' } satisfies Partial<BookingCtaStrings>;
    fire(quiz, 'quiz-complete', { recommendation: 'therapy', bookingUrl: null });
    await el.updateComplete;
    expect(label(el)).to.equal('Book an intake with a therapist');
  });

  it('pushes the service, never the answers or scores, to the data layer', async () => {
    await setup({ dataLayer: true });
    fire(quiz, 'quiz-complete', { recommendation: 'both', scores: { therapy: 2, coaching: 2 }, answers: ['x'], bookingUrl: null });
    await el.updateComplete;
    el.addEventListener('click', (e) => e.preventDefault());
    button(el)!.click();
    expect((window as { dataLayer?: unknown }).dataLayer).to.deep.equal([{ event: 'booking_click', service: 'both' }]);
  });
});
