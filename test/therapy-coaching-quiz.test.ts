import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { QuizCompleteDetail, TherapyCoachingQuiz } from '../src/index.js';
import { CRISIS, PATHS } from './support/quiz-paths.js';
import { isWebKit } from './support/engine.js';
import { cleanKit } from './support/clean-kit.js';
import { BOOK, SPACE, press, text } from './support/helpers.js';

type Quiz = TherapyCoachingQuiz;

const HEADINGS = {
  therapy: 'Therapy may be the place to start',
  coaching: 'Coaching might be the right fit',
  both: 'Therapy and coaching could work well together',
  consultation: 'A short conversation could bring clarity',
} as const;
const LINE = 'Thinking about suicide, or not safe? Call or text 9-8-8, any time. In an emergency, call 911.';
const THERAPY = 'https://clinic.janeapp.com/#/therapy';
const COACHING = 'https://cal.com/clinic/coaching';

const $ = <T extends Element = HTMLElement>(el: Quiz, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = <T extends Element = HTMLElement>(el: Quiz, name: string) => $<T>(el, `[part~="${name}"]`);
const heading = (el: Quiz) => $(el, 'h2')!;
const radios = (el: Quiz) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const active = (el: Quiz) => el.shadowRoot!.activeElement;

async function quiz(template = html`<therapy-coaching-quiz booking-url=${BOOK}></therapy-coaching-quiz>`) {
  const el = await fixture<Quiz>(template);
  await el.updateComplete;
  return el;
}

/** Clicks, as a person with a mouse or finger: Start, then each answer's label and Next. */
async function clickThrough(el: Quiz, path: readonly number[]) {
  part(el, 'start')!.click();
  await el.updateComplete;
  for (const pick of path) {
    el.shadowRoot!.querySelectorAll<HTMLElement>('[part=answer]')[pick].click();
    await el.updateComplete;
    part(el, 'next')!.click();
    await el.updateComplete;
  }
}

/** Presses Tab until the focused element in the quiz has the part (or gives up). */
async function tabTo(el: Quiz, name: string) {
  for (let i = 0; i < 12; i++) {
    await press('Tab');
    if (active(el)?.part.contains(name)) return;
  }
  throw new Error(`Tab never reached [part=${name}]`);
}

/** The keyboard alone: Tab to Start, Enter; per question Tab into the group, arrows or Space, Tab to Next, Enter. */
async function keyThrough(el: Quiz, path: readonly number[]) {
  await tabTo(el, 'start');
  await press('Enter');
  await el.updateComplete;
  for (const pick of path) {
    expect(active(el), 'focus is on the question heading').to.equal(heading(el));
    await press('Tab');
    expect(active(el)).to.equal(radios(el)[0]);
    if (pick === 0) await press(SPACE);
    for (let i = 0; i < pick; i++) await press('ArrowDown');
    await el.updateComplete;
    expect(radios(el)[pick].checked, `answer ${pick} is chosen`).to.equal(true);
    await tabTo(el, 'next');
    await press('Enter');
    await el.updateComplete;
  }
}

describe('<therapy-coaching-quiz>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  describe('start screen', () => {
    it('says what the quiz is and is not, offers crisis help in one line, and a Start button', async () => {
      const el = await quiz();
      expect(heading(el).textContent).to.equal('Therapy, coaching or both?');
      expect(text(part(el, 'intro'))).to.equal(
        'Answer 7 short questions to see which support might suit you. It is a gentle guide, not a diagnosis, and your answers stay in your browser.',
      );
      const line = part(el, 'crisis-line')!;
      expect(text(line)).to.equal(LINE);
      expect([...line.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        ['9-8-8', 'tel:988'],
        ['911', 'tel:911'],
      ]);
      expect(text(part(el, 'start'))).to.equal('Start');
      expect(el.shadowRoot!.querySelector('fieldset, booking-cta')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('takes its heading from the heading attribute', async () => {
      const el = await quiz(html`<therapy-coaching-quiz heading="Which support fits you?"></therapy-coaching-quiz>`);
      expect(heading(el).textContent).to.equal('Which support fits you?');
    });
  });

  describe('questions', () => {
    it('shows one question at a time as a native radio group, with progress in its focused heading', async () => {
      const el = await quiz();
      const start = oneEvent(el, 'quiz-start');
      part(el, 'start')!.click();
      expect((await start).detail).to.equal(null);
      await el.updateComplete;
      const fieldset = $(el, 'fieldset')!;
      expect(fieldset.part.contains('question')).to.equal(true);
      expect(fieldset.querySelector('legend h2')).to.equal(heading(el));
      expect(text(heading(el))).to.equal('Question 1 of 7 How have you been feeling lately?');
      expect(text(part(el, 'progress'))).to.equal('Question 1 of 7');
      expect(active(el)).to.equal(heading(el));
      expect(heading(el).getAttribute('tabindex')).to.equal('-1');
      expect(radios(el).map((r) => text(r.closest('label')))).to.deep.equal([
        'Mostly steady and well',
        'Stressed at times, but coping',
        'Anxious, low or overwhelmed much of the time',
      ]);
      expect(new Set(radios(el).map((r) => r.name)).size).to.equal(1);
      expect(text(part(el, 'next'))).to.equal('Next');
      expect(text(part(el, 'back'))).to.equal('Back');
    });

    it('passes axe on every question and moves focus to each new heading', async () => {
      const el = await quiz();
      part(el, 'start')!.click();
      await el.updateComplete;
      for (let n = 1; n <= 7; n++) {
        expect(text(part(el, 'progress'))).to.equal(`Question ${n} of 7`);
        expect(active(el)).to.equal(heading(el));
        await expect(el).to.be.accessible();
        radios(el)[0].click();
        await el.updateComplete;
        expect(text(part(el, 'next'))).to.equal('Next');
        part(el, 'next')!.click();
        await el.updateComplete;
      }
      expect(heading(el).textContent).to.not.match(/Question/);
    });

    it('asks for an answer when Next is pressed without one (a required radio group), and moves on once one is chosen', async () => {
      const el = await quiz();
      part(el, 'start')!.click();
      await el.updateComplete;
      const answers = sinon.spy();
      el.addEventListener('quiz-answer', answers);
      expect(radios(el).every((r) => r.required)).to.equal(true);
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(radios(el)[0].validity.valueMissing, 'the browser asks for an answer').to.equal(true);
      expect(active(el), 'focus goes to the answers').to.equal(radios(el)[0]);
      expect(text(part(el, 'progress'))).to.equal('Question 1 of 7');
      expect(answers.called).to.equal(false);
      await expect(el).to.be.accessible();
      radios(el)[0].click();
      await el.updateComplete;
      expect(radios(el)[0].validity.valid).to.equal(true);
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(answers.calledOnce).to.equal(true);
      expect(text(part(el, 'progress'))).to.equal('Question 2 of 7');
    });

    it('goes Back with the earlier answer still chosen, and from the first question to the start screen', async () => {
      const el = await quiz();
      await clickThrough(el, [0, 2]);
      expect(text(part(el, 'progress'))).to.equal('Question 3 of 7');
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(text(part(el, 'progress'))).to.equal('Question 2 of 7');
      expect(radios(el).map((r) => r.checked)).to.deep.equal([false, false, true]);
      expect(active(el)).to.equal(heading(el));
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(radios(el)[0].checked).to.equal(true);
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(heading(el).textContent).to.equal('Therapy, coaching or both?');
      expect(active(el)).to.equal(heading(el));
    });

    it('fires quiz-answer with the question index and id only, never the answer', async () => {
      const el = await quiz();
      const details: unknown[] = [];
      el.addEventListener('quiz-answer', (e) => {
        expect(e.bubbles && e.composed).to.equal(true);
        details.push(e.detail);
      });
      await clickThrough(el, PATHS.both);
      expect(details).to.deep.equal(
        ['feeling', 'safety', 'reason', 'impact', 'past', 'stuck', 'support'].map((id, index) => ({ index, id })),
      );
    });
  });

  describe('results', () => {
    for (const [outcome, path] of Object.entries(PATHS) as [keyof typeof PATHS, readonly number[]][]) {
      it(`reaches ${outcome} by clicks, with why, what was chosen, a first step, the booking link and Start again`, async () => {
        const el = await quiz(
          html`<therapy-coaching-quiz booking-url=${BOOK} therapy-url=${THERAPY} coaching-url=${COACHING} phone="(780) 555-0100"></therapy-coaching-quiz>`,
        );
        const done = oneEvent(el, 'quiz-complete');
        await clickThrough(el, path);
        const { detail } = (await done) as CustomEvent<QuizCompleteDetail>;
        const url = outcome === 'therapy' ? THERAPY : outcome === 'coaching' ? COACHING : BOOK;
        expect(detail.recommendation).to.equal(outcome);
        expect(detail.bookingUrl).to.equal(url);
        expect(detail.scores, 'the default quiz decides by rules, not points').to.deep.equal({ therapy: 0, coaching: 0 });

        const result = part(el, 'result')!;
        expect(heading(el).textContent).to.equal(HEADINGS[outcome]);
        expect(result.contains(heading(el))).to.equal(true);
        expect(active(el), 'the result is announced by moving focus to its heading').to.equal(heading(el));
        expect(text(part(el, 'why'))).to.have.length.above(40);
        expect(text(result.querySelector('h3'))).to.equal('A good first step');
        expect(text(part(el, 'step'))).to.have.length.above(30);
        expect(text(part(el, 'note'))).to.equal('This is a guide, not a diagnosis. Reaching out is a sign of strength.');
        expect(text(part(el, 'restart'))).to.equal('Start again');
        const cta = $(el, 'booking-cta')!;
        expect(cta.getAttribute('href')).to.equal(url);
        expect(cta.getAttribute('label')).to.equal(
          { therapy: 'Book a therapy consultation', coaching: 'Book a coaching consultation' }[outcome as string] ??
            'Book a consultation',
        );
        expect(cta.getAttribute('service')).to.equal(outcome);
        expect(cta.getAttribute('phone')).to.equal('(780) 555-0100');
        expect(cta.getAttribute('exportparts')).to.equal('button: booking-button');
        expect(text(result)).to.not.match(/\d+ points?|score/i);
        await expect(el).to.be.accessible();
      });

      it(`reaches ${outcome} by the keyboard alone`, async () => {
        const el = await quiz();
        const done = oneEvent(el, 'quiz-complete');
        await keyThrough(el, path);
        expect(((await done) as CustomEvent<QuizCompleteDetail>).detail.recommendation).to.equal(outcome);
        expect(heading(el).textContent).to.equal(HEADINGS[outcome]);
        expect(active(el)).to.equal(heading(el));
        await tabTo(el, 'restart');
        const start = oneEvent(el, 'quiz-start');
        await press('Enter');
        await start;
        await el.updateComplete;
        expect(text(part(el, 'progress'))).to.equal('Question 1 of 7');
        expect(active(el)).to.equal(heading(el));
        expect(radios(el).some((r) => r.checked)).to.equal(false);
      });
    }

    it('ties the why to what the visitor chose: quotes the answer that points most to the result, none for consultation', async () => {
      const el = await quiz();
      await clickThrough(el, PATHS.therapy);
      expect(part(el, 'reasons')!.nextElementSibling).to.equal(part(el, 'why'));
      expect(text(part(el, 'reasons'))).to.equal('You answered: “Anxious, low or overwhelmed much of the time”.');
      const coaching = await quiz();
      await clickThrough(coaching, PATHS.coaching);
      expect(text(part(coaching, 'reasons'))).to.equal('You answered: “A goal: a new career, leadership, habits or a business”.');
      const again = await quiz();
      await clickThrough(again, PATHS.both);
      expect(text(part(again, 'reasons'))).to.equal('You answered: “Something painful and a goal”.');
      const unsure = await quiz();
      await clickThrough(unsure, PATHS.consultation);
      expect(part(unsure, 'reasons')).to.equal(null);
      expect(text(part(unsure, 'why'))).to.contain("Your answers don’t point clearly one way");
    });

    it('falls back to booking-url for every outcome, ignores unsafe links with a warning', async () => {
      const el = await quiz(
        html`<therapy-coaching-quiz booking-url=${BOOK} therapy-url="javascript:alert(1)"></therapy-coaching-quiz>`,
      );
      const done = oneEvent(el, 'quiz-complete');
      await clickThrough(el, PATHS.therapy);
      expect(((await done) as CustomEvent<QuizCompleteDetail>).detail.bookingUrl).to.equal(BOOK);
      expect($(el, 'booking-cta')!.getAttribute('href')).to.equal(BOOK);
      expect(warn.calledOnceWith(sinon.match(/^<therapy-coaching-quiz> therapy-url: .*not a safe link/))).to.equal(true);
    });

    it('shows no booking call to action without a safe link or phone, yet still makes sense', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=" JavaScript:alert(1)"></therapy-coaching-quiz>`);
      const done = oneEvent(el, 'quiz-complete');
      await clickThrough(el, PATHS.coaching);
      expect(((await done) as CustomEvent<QuizCompleteDetail>).detail.bookingUrl).to.equal(null);
      expect($(el, 'booking-cta')).to.equal(null);
      expect(text(part(el, 'step'))).to.contain('coach');
      await expect(el).to.be.accessible();
    });

    it('offers the phone alone when there is no booking link', async () => {
      const el = await quiz(html`<therapy-coaching-quiz phone="780 555 0100"></therapy-coaching-quiz>`);
      await clickThrough(el, PATHS.both);
      const cta = $(el, 'booking-cta')!;
      expect(cta.getAttribute('href')).to.equal('');
      expect(cta.getAttribute('phone')).to.equal('780 555 0100');
    });
  });

  it('lets strings override the result’s booking button texts too (its phone line and new-tab note)', async () => {
    const el = await quiz(
      html`<therapy-coaching-quiz booking-url=${BOOK} phone="(780) 555-0100" strings='{"phone": "Ring us: {phone}", "newTab": "(new tab)"}'></therapy-coaching-quiz>`,
    );
    await clickThrough(el, PATHS.therapy);
    const cta = $(el, 'booking-cta')!;
    await (cta as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(text(cta.shadowRoot!.querySelector('[part~=button]'))).to.equal('Book a therapy consultation (new tab)');
    expect(text(cta.shadowRoot!.querySelector('[part~=contact]'))).to.equal('Ring us: (780) 555-0100');
    expect(warn.called).to.equal(false);
  });

  describe('crisis', () => {
    async function expectCrisisScreen(el: Quiz, clinic = true) {
      const crisis = part(el, 'crisis')!;
      expect(crisis).to.exist;
      expect(heading(el).textContent).to.equal('You deserve support right now');
      expect(active(el), 'the crisis screen is announced by moving focus to its heading').to.equal(heading(el));
      const links = [...crisis.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Call 9-8-8', 'tel:988'],
        ['Text 9-8-8', 'sms:988'],
        ['Emergency: call 911', 'tel:911'],
        ...(clinic ? [['Call the clinic: (780) 555-0100', 'tel:7805550100']] : []),
      ]);
      expect(text(crisis)).to.contain('the Suicide Crisis Helpline in Canada and the 988 Suicide & Crisis Lifeline in the US');
      expect(el.shadowRoot!.querySelector('booking-cta, [part=result], [part=reasons]')).to.equal(null);
      expect(text(crisis)).to.not.match(/coach|therap|book|score/i);
      await expect(el).to.be.accessible();
    }

    it('ends at once on the crisis answer, by clicks: no score, no booking, the numbers and the clinic', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} phone="(780) 555-0100"></therapy-coaching-quiz>`);
      const events = sinon.spy();
      el.addEventListener('quiz-complete', events);
      await clickThrough(el, CRISIS);
      expect(events.calledOnce).to.equal(true);
      expect(events.firstCall.args[0].detail).to.deep.equal({
        recommendation: 'crisis',
        scores: { therapy: 0, coaching: 0 },
        bookingUrl: null,
      });
      await expectCrisisScreen(el);
      part(el, 'restart')!.click();
      await el.updateComplete;
      expect(text(part(el, 'progress'))).to.equal('Question 1 of 7');
    });

    it('ends at once on the crisis answer by the keyboard alone, even after going back to it', async () => {
      const el = await quiz(html`<therapy-coaching-quiz phone="(780) 555-0100"></therapy-coaching-quiz>`);
      await keyThrough(el, [0, 0]);
      part(el, 'back')!.focus();
      await press('Enter');
      await el.updateComplete;
      expect(text(part(el, 'progress'))).to.equal('Question 2 of 7');
      await press('Tab');
      expect(active(el)).to.equal(radios(el)[0]);
      await press('ArrowDown');
      await el.updateComplete;
      expect(radios(el)[1].checked).to.equal(true);
      await tabTo(el, 'next');
      await press('Enter');
      await el.updateComplete;
      await expectCrisisScreen(el);
    });

    it('moving through the crisis answer with arrow keys does not end the quiz: only Next does', async () => {
      const el = await quiz();
      const done = sinon.spy();
      el.addEventListener('quiz-complete', done);
      await tabTo(el, 'start');
      await press('Enter');
      await el.updateComplete;
      await press('Tab');
      await press(SPACE);
      await tabTo(el, 'next');
      await press('Enter');
      await el.updateComplete;
      await press('Tab');
      await press('ArrowDown');
      await el.updateComplete;
      expect(radios(el)[1].checked).to.equal(true);
      expect(text(part(el, 'crisis-now')), 'the help shows at once').to.contain('Call 9-8-8');
      await press('ArrowDown');
      await el.updateComplete;
      expect(radios(el)[2].checked).to.equal(true);
      expect(part(el, 'crisis-now')).to.equal(null);
      await press('ArrowUp');
      await el.updateComplete;
      expect(text(part(el, 'progress'))).to.equal('Question 2 of 7');
      expect(part(el, 'crisis')).to.equal(null);
      expect(done.called).to.equal(false);
    });

    it('uses another region’s numbers and text; hides the text link when there is none', async () => {
      const strings = JSON.stringify({
        crisisLine: 'In crisis? Call Samaritans on {crisis}. In an emergency, call {emergency}.',
        crisisText: 'Samaritans are there day or night, free from any phone.',
      });
      const el = await quiz(
        html`<therapy-coaching-quiz booking-url=${BOOK} crisis-phone="116 123" crisis-name="Samaritans" crisis-sms="" emergency-phone="999" strings=${strings}></therapy-coaching-quiz>`,
      );
      expect(text(part(el, 'crisis-line'))).to.equal('In crisis? Call Samaritans on 116 123. In an emergency, call 999.');
      expect([...part(el, 'crisis-line')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:116123',
        'tel:999',
      ]);
      await clickThrough(el, CRISIS);
      const crisis = part(el, 'crisis')!;
      expect([...crisis.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Call 116 123', 'tel:116123'],
        ['Emergency: call 999', 'tel:999'],
      ]);
      expect(text(crisis.querySelector('p'))).to.equal('Samaritans are there day or night, free from any phone.');
      expect(text(part(el, 'crisis-resource'))).to.match(/^Samaritans /);
      expect(text(crisis)).to.not.match(/9-8-8|988/);
      expect(warn.called).to.equal(false);
    });

    it('always has a number to call: emptied or removed crisis numbers fall back to 9-8-8 and 911', async () => {
      const el = await quiz(html`<therapy-coaching-quiz crisis-phone="" emergency-phone="911"></therapy-coaching-quiz>`);
      el.removeAttribute('emergency-phone');
      await el.updateComplete;
      expect(text(part(el, 'crisis-line'))).to.equal(LINE);
      await clickThrough(el, CRISIS);
      expect([...part(el, 'crisis')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:988',
        'sms:988',
        'tel:911',
      ]);
    });
    it('falls back to 9-8-8 and 911, with one warning each, when a crisis number has nothing to dial', async () => {
      const el = await quiz(
        html`<therapy-coaching-quiz booking-url=${BOOK} crisis-phone="help line" emergency-phone="none"></therapy-coaching-quiz>`,
      );
      expect(text(part(el, 'crisis-line'))).to.equal(LINE);
      await clickThrough(el, CRISIS);
      expect([...part(el, 'crisis')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '<therapy-coaching-quiz> crisis-phone: "help line" has no number to call; 9-8-8 is used.',
        '<therapy-coaching-quiz> emergency-phone: "none" has no number to call; 911 is used.',
      ]);
    });

    it('never breaks a number across lines on the crisis screen, even in a narrow column', async () => {
      const el = await quiz(html`<therapy-coaching-quiz style="width: 13rem" phone="780-555-0142"></therapy-coaching-quiz>`);
      await clickThrough(el, CRISIS);
      const links = [...part(el, 'crisis')!.querySelectorAll('a')];
      expect(links.map(text)).to.include('Call the clinic: 780-555-0142');
      const numbers = links.map((a) => [...a.querySelectorAll('span')].find((span) => /^[\d-]+$/.test(text(span)))!);
      for (const number of numbers) expect(number.getClientRects(), text(number)).to.have.length(1);
    });

    it('dials a vanity crisis number by its keypad digits', async () => {
      const el = await quiz(html`<therapy-coaching-quiz crisis-phone="1-800-273-TALK"></therapy-coaching-quiz>`);
      expect(part(el, 'crisis-line')!.querySelector('a')!.getAttribute('href')).to.equal('tel:18002738255');
    });
  });

  describe('remember', () => {
    const KEY = 'therapy-coaching-quiz:q';

    it('without it, never touches storage', async () => {
      const spies = (['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const).map((m) => sinon.spy(Storage.prototype, m));
      try {
        const el = await quiz(html`<therapy-coaching-quiz id="q"></therapy-coaching-quiz>`);
        await clickThrough(el, [0, 0, 2]);
        for (let i = 0; i < 4; i++) {
          part(el, 'back')!.click();
          await el.updateComplete;
        }
        await clickThrough(el, PATHS.coaching);
        part(el, 'restart')!.click();
        await el.updateComplete;
        for (const spy of spies) expect(spy.called, spy.name).to.equal(false);
      } finally {
        spies.forEach((spy) => spy.restore());
      }
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(document.cookie).to.equal('');
    });

    it('remember="false" is off too: nothing stored', async () => {
      const el = await quiz(html`<therapy-coaching-quiz id="q" remember="false"></therapy-coaching-quiz>`);
      await clickThrough(el, [0, 0]);
      expect(el.remember).to.equal(false);
      expect(sessionStorage.length).to.equal(0);
    });

    it('keeps progress through a reload in sessionStorage, and clears it on finishing', async () => {
      const el = await quiz(html`<therapy-coaching-quiz id="q" remember></therapy-coaching-quiz>`);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      await clickThrough(el, [2, 0]);
      radios(el)[1].click();
      await el.updateComplete;
      expect(sessionStorage.getItem(KEY), 'progress is kept in sessionStorage').to.not.equal(null);
      expect(localStorage.length).to.equal(0);
      el.remove();

      // A reload: a new quiz with the same id picks up where the visitor was, with the earlier answers.
      const reloaded = await quiz(html`<therapy-coaching-quiz id="q" remember></therapy-coaching-quiz>`);
      expect(text(part(reloaded, 'progress'))).to.equal('Question 3 of 7');
      expect(radios(reloaded)[1].checked).to.equal(true);
      expect(active(reloaded), 'a reload does not steal focus').to.equal(null);
      await expect(reloaded).to.be.accessible();
      part(reloaded, 'back')!.click();
      await reloaded.updateComplete;
      expect(radios(reloaded)[0].checked, 'the earlier answer is restored too').to.equal(true);
      part(reloaded, 'next')!.click();
      await reloaded.updateComplete;
      for (const pick of [1, 0, 0, 0, 0]) {
        radios(reloaded)[pick].click();
        await reloaded.updateComplete;
        part(reloaded, 'next')!.click();
        await reloaded.updateComplete;
      }
      expect(heading(reloaded).textContent, 'distress and a goal').to.equal(HEADINGS.both);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    it('clears it on Start again and on going back to the start, and on the crisis screen', async () => {
      const el = await quiz(html`<therapy-coaching-quiz id="q" remember></therapy-coaching-quiz>`);
      await clickThrough(el, [0, 0]);
      expect(sessionStorage.getItem(KEY)).to.not.equal(null);
      part(el, 'back')!.click();
      await el.updateComplete;
      part(el, 'back')!.click();
      await el.updateComplete;
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      await clickThrough(el, CRISIS);
      expect(part(el, 'crisis')).to.exist;
      expect(sessionStorage.getItem(KEY)).to.equal(null);
      part(el, 'restart')!.click();
      await el.updateComplete;
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    it('ignores stored progress that does not fit the quiz, without throwing', async () => {
      for (const stored of ['{', '[]', '{"question":9,"answers":[0]}', '{"question":1,"answers":[7]}', '{"question":1,"answers":"0"}', 'null']) {
        sessionStorage.setItem(KEY, stored);
        const el = await quiz(html`<therapy-coaching-quiz id="q" remember></therapy-coaching-quiz>`);
        expect(heading(el).textContent, stored).to.equal('Therapy, coaching or both?');
      }
    });
  });

  describe('text only', () => {
    it('renders markup in strings and attributes as text', async () => {
      const evil = '<img src=x onerror="window.__hacked=1">';
      const el = await quiz(
        html`<therapy-coaching-quiz heading=${evil} strings=${JSON.stringify({ intro_other: evil, start: `${evil}Go` })}></therapy-coaching-quiz>`,
      );
      expect(heading(el).textContent).to.equal(evil);
      expect(text(part(el, 'intro'))).to.equal(evil);
      expect(text(part(el, 'start'))).to.equal(`${evil}Go`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      await aTimeout(0);
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });
  });

  describe('layout', () => {
    afterEach(async function () {
      if (!isWebKit()) await setViewport({ width: 800, height: 600 });
    });

    it('fits 320 px without sideways scrolling on every screen', async function () {
      if (isWebKit()) this.skip();
      await setViewport({ width: 320, height: 640 });
      const el = await quiz(
        html`<therapy-coaching-quiz booking-url=${BOOK} phone="(780) 555-0100" heading="Supercalifragilisticexpialidocious-therapy-or-coaching"></therapy-coaching-quiz>`,
      );
      const fits = (screen: string) => {
        expect(el.scrollWidth, screen).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth, screen).to.be.at.most(320);
      };
      fits('start');
      part(el, 'start')!.click();
      await el.updateComplete;
      fits('question');
      part(el, 'next')!.click();
      await el.updateComplete;
      fits('question after Next without an answer');
      const crisis = await quiz(html`<therapy-coaching-quiz phone="(780) 555-0100"></therapy-coaching-quiz>`);
      await clickThrough(crisis, CRISIS);
      expect(crisis.scrollWidth).to.be.at.most(crisis.clientWidth);
      const el2 = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK}></therapy-coaching-quiz>`);
      await clickThrough(el2, PATHS.both);
      expect(el2.scrollWidth).to.be.at.most(el2.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('each radio is round (so is its focus ring) and level with its answer’s first line, on answers of two lines', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} style="display: block; width: 14em"></therapy-coaching-quiz>`);
      await clickThrough(el, []);
      for (const radio of radios(el)) {
        const label = radio.closest('label')!;
        const box = radio.getBoundingClientRect();
        const name = text(label);
        expect(Math.abs(box.height - box.width), `${name}: round`).to.be.below(1);
        expect(box.top - label.getBoundingClientRect().top, `${name}: on the first line`).to.be.below(parseFloat(getComputedStyle(label).lineHeight));
      }
      expect(
        radios(el).some((r) => r.closest('label')!.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(r.closest('label')!).lineHeight)),
        'an answer wraps',
      ).to.equal(true);
    });
  });
});
