import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { QuizCompleteDetail, QuizConfig, TherapyCoachingQuiz } from '../src/index.js';
import { cleanKit } from './support/clean-kit.js';
import { text } from './support/helpers.js';

type Quiz = TherapyCoachingQuiz;

const part = (el: Quiz, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const heading = (el: Quiz) => el.shadowRoot!.querySelector('h2')!;
const labels = (el: Quiz) => [...el.shadowRoot!.querySelectorAll('[part=answer]')].map(text);

/** A small clinic quiz: every question can end in crisis. */
const CONFIG = (): QuizConfig => ({
  questions: [
    {
      id: 'mood',
      text: 'How is your mood?',
      answers: [
        { text: 'Heavy', weights: { therapy: 3 } },
        { text: 'Fine', weights: { coaching: 1 } },
        { text: 'I am not safe', crisis: true },
      ],
    },
    {
      id: 'aim',
      text: 'What do you want?',
      answers: [
        { text: 'To heal', weights: { therapy: 2 } },
        { text: 'A plan', weights: { coaching: 3 } },
        { text: 'I am not safe', crisis: true },
      ],
    },
    {
      id: 'pace',
      text: 'Which pace suits you?',
      answers: [
        { text: 'Gentle', weights: {} },
        { text: 'Brisk', weights: { coaching: 1 } },
        { text: 'I am not safe', crisis: true },
      ],
    },
  ],
  strings: { therapyHeading: 'Our therapists can help', coachingLabel: 'Book coaching', next: 'Continue' },
  threshold: 3,
  margin: 2,
});

function withScript(json: string, attrs = 'booking-url="/book"') {
  const host = document.createElement('div');
  host.innerHTML = `<therapy-coaching-quiz ${attrs}><script type="application/json">${json}</script></therapy-coaching-quiz>`;
  return fixture<Quiz>(html`${host.firstElementChild}`);
}

async function answer(el: Quiz, picks: number[]) {
  if (part(el, 'start')) {
    part(el, 'start')!.click();
    await el.updateComplete;
  }
  for (const pick of picks) {
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[pick].click();
    await el.updateComplete;
    part(el, 'next')!.click();
    await el.updateComplete;
  }
}

/** The default quiz is on screen. */
async function expectDefault(el: Quiz) {
  expect(text(part(el, 'intro'))).to.contain('Answer 7 short questions');
  await answer(el, []);
  expect(text(heading(el))).to.equal('Question 1 of 7 How have you been feeling lately?');
}

describe('<therapy-coaching-quiz> config', () => {
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;
  let fetch: sinon.SinonStub | undefined;
  beforeEach(() => {
    warn = cleanKit();
    error = sinon.stub(console, 'error');
  });
  afterEach(() => {
    warn.restore();
    error.restore();
    fetch?.restore();
    fetch = undefined;
  });

  describe('child <script type="application/json">', () => {
    it('replaces the questions, weights, result texts and thresholds', async () => {
      const el = await withScript(JSON.stringify(CONFIG()), 'therapy-url="/therapy" coaching-url="/coaching"');
      expect(text(part(el, 'intro'))).to.contain('Answer 3 short questions');
      await answer(el, []);
      expect(text(heading(el))).to.equal('Question 1 of 3 How is your mood?');
      expect(labels(el)).to.deep.equal(['Heavy', 'Fine', 'I am not safe']);
      const done = oneEvent(el, 'quiz-complete');
      await answer(el, [0, 0, 0]);
      expect(((await done) as CustomEvent<QuizCompleteDetail>).detail).to.deep.equal({
        recommendation: 'therapy',
        scores: { therapy: 5, coaching: 0 },
        bookingUrl: '/therapy',
      });
      expect(heading(el).textContent).to.equal('Our therapists can help');
      expect(text(part(el, 'reasons'))).to.equal('You answered: “Heavy”.');
      await expect(el).to.be.accessible();
    });

    it('uses its own strings and thresholds for the other outcomes', async () => {
      const el = await withScript(JSON.stringify(CONFIG()), 'booking-url="/book"');
      await answer(el, [1, 1]);
      expect(text(part(el, 'next'))).to.equal('Continue');
      const done = oneEvent(el, 'quiz-complete');
      await answer(el, [1]);
      expect(((await done) as CustomEvent<QuizCompleteDetail>).detail.recommendation).to.equal('coaching');
      expect(el.shadowRoot!.querySelector('booking-cta')!.getAttribute('label')).to.equal('Book coaching');
      expect(heading(el).textContent).to.equal('Coaching might be the right fit');
      part(el, 'restart')!.click();
      await el.updateComplete;
      await answer(el, [1, 0, 0]);
      expect(heading(el).textContent).to.equal('A short conversation could bring clarity');
    });

    for (const at of [0, 1, 2]) {
      it(`ends on the crisis screen from question ${at + 1}`, async () => {
        const el = await withScript(JSON.stringify(CONFIG()), 'booking-url="/book" phone="555 0100"');
        const done = oneEvent(el, 'quiz-complete');
        const answers = sinon.spy();
        el.addEventListener('quiz-answer', answers);
        await answer(el, [...Array(at).fill(1), 2]);
        expect(((await done) as CustomEvent<QuizCompleteDetail>).detail).to.deep.equal({
          recommendation: 'crisis',
          scores: { therapy: 0, coaching: 0 },
          bookingUrl: null,
        });
        expect(answers.callCount).to.equal(at + 1);
        expect(part(el, 'crisis')).to.exist;
        expect(heading(el).textContent).to.equal('You deserve support right now');
        expect(el.shadowRoot!.querySelector('booking-cta')).to.equal(null);
        expect([...part(el, 'crisis')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
          'tel:988',
          'sms:988',
          'tel:911',
          'tel:5550100',
        ]);
        await expect(el).to.be.accessible();
      });
    }

    it('shows markup in config strings as text, never as HTML', async () => {
      const evil = '<img src=x onerror="window.__quizHacked=1"><b>bold</b>';
      const config = CONFIG();
      config.questions[0].text = evil;
      config.questions[0].answers[0].text = evil;
      config.questions[1].id = evil;
      config.strings = { therapyHeading: evil, therapyWhy: evil };
      const el = await withScript(JSON.stringify(config));
      await answer(el, []);
      expect(text(heading(el))).to.equal(`Question 1 of 3 ${evil}`);
      expect(labels(el)[0]).to.equal(evil);
      await answer(el, [0, 0, 0]);
      expect(heading(el).textContent).to.equal(evil);
      expect(text(part(el, 'why'))).to.equal(evil);
      expect(text(part(el, 'reasons'))).to.contain(evil);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __quizHacked?: number }).__quizHacked).to.equal(undefined);
    });

    it('accepts the complete example from the docs', async () => {
      const docs = await (await window.fetch('/docs/therapy-coaching-quiz.md')).text();
      const json = /<script type="application\/json">\n([\s\S]*?)<\/script>/.exec(docs)![1];
      const el = await withScript(json, 'booking-url="/book"');
      expect([...error.args, ...warn.args]).to.deep.equal([]);
      expect(text(part(el, 'intro'))).to.contain('Answer 4 short questions');
      await answer(el, [2, 0, 0, 0]);
      expect(heading(el).textContent).to.equal('Therapy with one of our counsellors may be the place to start');
      expect(el.shadowRoot!.querySelector('booking-cta')!.getAttribute('label')).to.equal('Book a call');
      // The docs' example keeps the rules: a goal without distress is coaching; distress and a goal, both.
      await answer(el, []);
      part(el, 'restart')!.click();
      await el.updateComplete;
      await answer(el, [0, 0, 1, 1]);
      expect(heading(el).textContent).to.equal('Coaching might be the right fit');
    });

    it('gives one warning for invalid JSON and shows the default quiz', async () => {
      const el = await withScript('{ "questions": [ }');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.match(/^<therapy-coaching-quiz> <script type="application\/json">: invalid JSON/);
      expect(error.called).to.equal(false);
      await expectDefault(el);
    });

    it('warns once about an unknown string key and keeps the rest of the config', async () => {
      const config = CONFIG();
      config.strings = { therapyHeadline: 'Oops', therapyHeading: 'Still used' };
      const el = await withScript(JSON.stringify(config));
      await answer(el, [0, 0, 0]);
      expect(heading(el).textContent).to.equal('Still used');
      expect(warn.calledOnceWith('<therapy-coaching-quiz> strings: unknown key "therapyHeadline" was ignored.')).to.equal(true);
    });

    const BAD: [string, (c: QuizConfig & Record<string, unknown>) => unknown][] = [
      ['config must be a JSON object', () => ['not', 'an', 'object']],
      ['questions must be a list of questions', (c) => ({ ...c, questions: [] })],
      ['questions[1] must be an object', (c) => ((c.questions[1] as unknown) = null, c)],
      ['questions[0].id must be text', (c) => ((c.questions[0].id = ''), c)],
      ['questions[2].text must be text', (c) => ((c.questions[2].text as unknown) = 42, c)],
      ['questions[1].answers needs two answers or more', (c) => ((c.questions[1].answers = c.questions[1].answers.slice(0, 1)), c)],
      ['questions[0].answers[2] must be an object', (c) => ((c.questions[0].answers[2] as unknown) = 'I am not safe', c)],
      ['questions[1].answers[0].text must be text', (c) => (delete (c.questions[1].answers[0] as Partial<{ text: string }>).text, c)],
      ['questions[2].answers[1].crisis must be true or false', (c) => ((c.questions[2].answers[1].crisis as unknown) = 1, c)],
      ['questions[2].answers[1].weights is missing: give "weights" or "indicates"', (c) => (delete c.questions[2].answers[1].weights, c)],
      ['questions[0].answers[1].weights.coaching must be a number', (c) => ((c.questions[0].answers[1].weights!.coaching as unknown) = 'one', c)],
      ['strings must be an object of strings', (c) => ({ ...c, strings: ['Our therapists'] })],
      ['threshold must be a number', (c) => ({ ...c, threshold: 'high' })],
      ['margin must be a number', (c) => ({ ...c, margin: {} })],
    ];
    for (const [problem, make] of BAD) {
      it(`reports "${problem}" in one console error, then shows the default quiz`, async () => {
        const el = await withScript(JSON.stringify(make(CONFIG() as QuizConfig & Record<string, unknown>)));
        expect(error.callCount).to.equal(1);
        expect(error.firstCall.args).to.deep.equal([
          `<therapy-coaching-quiz> <script type="application/json">: ${problem}; the default quiz is shown.`,
        ]);
        await expectDefault(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('src', () => {
    const respond = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));

    it('fetches nothing without src, through a whole quiz', async () => {
      fetch = sinon.stub(window, 'fetch').callsFake(() => respond('{}'));
      const el = await fixture<Quiz>(html`<therapy-coaching-quiz booking-url="/book"></therapy-coaching-quiz>`);
      await answer(el, [2, 0, 0, 0, 0, 0, 0]);
      expect(heading(el).textContent).to.equal('Therapy may be the place to start');
      expect(fetch.called).to.equal(false);
    });

    it('fetches the config from src (and prefers it to a child script)', async () => {
      let resolve!: (r: Response) => void;
      fetch = sinon.stub(window, 'fetch').returns(new Promise<Response>((r) => (resolve = r)));
      const host = document.createElement('div');
      host.innerHTML = `<therapy-coaching-quiz src="/quiz/config.json"><script type="application/json">{"questions": 1}</script></therapy-coaching-quiz>`;
      const el = await fixture<Quiz>(html`${host.firstElementChild}`);
      expect(fetch.calledOnce).to.equal(true);
      expect(fetch.firstCall.args[0]).to.equal('/quiz/config.json');
      expect((part(el, 'start') as HTMLButtonElement).disabled, 'Start waits for the config').to.equal(true);
      resolve(new Response(JSON.stringify(CONFIG())));
      await waitUntil(() => !(part(el, 'start') as HTMLButtonElement).disabled, 'the config arrives');
      expect(text(part(el, 'intro'))).to.contain('Answer 3 short questions');
      await answer(el, []);
      expect(text(heading(el))).to.equal('Question 1 of 3 How is your mood?');
      expect(error.called).to.equal(false);
    });

    it('shows the config of the latest src when an earlier one answers last', async () => {
      const pending: Record<string, (r: Response) => void> = {};
      fetch = sinon.stub(window, 'fetch').callsFake((url) => new Promise<Response>((r) => (pending[String(url)] = r)));
      const el = await fixture<Quiz>(html`<therapy-coaching-quiz src="/old.json"></therapy-coaching-quiz>`);
      el.src = '/new.json';
      await el.updateComplete;
      pending['/new.json'](new Response(JSON.stringify(CONFIG())));
      await waitUntil(() => !(part(el, 'start') as HTMLButtonElement).disabled, 'the new config arrives');
      const old = CONFIG();
      old.questions[0].text = 'From the old src';
      const late = new Response(JSON.stringify(old));
      pending['/old.json'](late);
      await waitUntil(() => late.bodyUsed, 'the old response is read');
      await new Promise((resolve) => setTimeout(resolve));
      await answer(el, []);
      expect(text(heading(el))).to.equal('Question 1 of 3 How is your mood?');
    });

    it('refuses an unsafe src without fetching it', async () => {
      fetch = sinon.stub(window, 'fetch').callsFake(() => respond('{}'));
      const el = await fixture<Quiz>(html`<therapy-coaching-quiz booking-url="/book" src="javascript:alert(1)"></therapy-coaching-quiz>`);
      expect(fetch.called).to.equal(false);
      expect(warn.calledOnceWith(sinon.match(/^<therapy-coaching-quiz> src: .*not a safe link/))).to.equal(true);
      await expectDefault(el);
    });

    const failures: [string, () => Promise<Response>, RegExp, 'warn' | 'error'][] = [
      ['a 404', () => respond('Not found', 404), /^<therapy-coaching-quiz> src: could not load \/quiz.json \(HTTP 404\)/, 'warn'],
      ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), /could not load \/quiz.json \(Failed to fetch\)/, 'warn'],
      ['invalid JSON', () => respond('<html>'), /^<therapy-coaching-quiz> src: invalid JSON at line 1, column 1/, 'warn'],
      ['an invalid config', () => respond('{"questions":[{"id":"a"}]}'), /^<therapy-coaching-quiz> src: questions\[0\]\.text must be text/, 'error'],
    ];
    for (const [what, reply, message, level] of failures) {
      it(`falls back to the default quiz after ${what}, with one ${level}`, async () => {
        fetch = sinon.stub(window, 'fetch').callsFake(reply);
        const el = await fixture<Quiz>(html`<therapy-coaching-quiz booking-url="/book" src="/quiz.json"></therapy-coaching-quiz>`);
        await waitUntil(() => !(part(el, 'start') as HTMLButtonElement).disabled, 'loading ends');
        const log = level === 'warn' ? warn : error;
        expect(log.callCount).to.equal(1);
        expect(log.firstCall.args[0]).to.match(message);
        expect((level === 'warn' ? error : warn).called).to.equal(false);
        await expectDefault(el);
      });
    }

    it('restores remembered progress only once its config has arrived', async () => {
      // A visitor answered two questions of the clinic's quiz, then reloaded.
      fetch = sinon.stub(window, 'fetch').callsFake(() => respond(JSON.stringify(CONFIG())));
      const first = await fixture<Quiz>(html`<therapy-coaching-quiz id="c" booking-url="/book" remember src="/quiz.json"></therapy-coaching-quiz>`);
      await waitUntil(() => !(part(first, 'start') as HTMLButtonElement).disabled, 'the config arrives');
      await answer(first, [0, 1]);
      first.remove();
      const el = await fixture<Quiz>(html`<therapy-coaching-quiz id="c" booking-url="/book" remember src="/quiz.json"></therapy-coaching-quiz>`);
      await waitUntil(() => part(el, 'progress'), 'progress is restored');
      expect(text(heading(el))).to.equal('Question 3 of 3 Which pace suits you?');
      part(el, 'back')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1].checked, 'the earlier answer too').to.equal(true);
      sessionStorage.clear();
    });
  });
});
