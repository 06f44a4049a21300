// What a screen reader says on the visitor's journeys, recorded with @guidepup/virtual-screen-reader
// (over the composed tree: test/support/screen-reader.ts) while the keys are real (sendKeys):
// each new quiz screen's heading is read once when it appears (progress and question together),
// the result and the crisis screen, Back and Start again; the FAQ search count and "no match" as
// a polite live region, one message per change; the booking link's "(opens in a new tab)", the dialog,
// and the floating pill's dismiss button. keyboard.test.ts covers focus order; this covers speech.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/index.js';
import type { BookingCta, FaqAccordion, TherapyCoachingQuiz } from '../../src/index.js';
import { cleanKit } from '../support/clean-kit.js';
import { CRISIS, PATHS } from '../support/quiz-paths.js';
import { readOn, said, startScreenReader, stopScreenReader } from '../support/screen-reader.js';
import { BOOK, SPACE, part, press } from '../support/helpers.js';

const PHONE = '780-555-0100';
const headings = (log: string[]) => log.filter((p) => p.startsWith('heading, '));
const live = (log: string[]) => log.filter((p) => /^(polite|assertive): /.test(p));

const QUESTIONS = [
  'How have you been feeling lately?',
  'We ask everyone: are you having thoughts of suicide or of harming yourself, or do you feel unsafe right now?',
  'What brings you here?',
  'Is how you feel affecting your sleep, work or relationships?',
  'Does the past weigh on how you feel today?',
  'When you feel stuck, do you know why?',
  'What kind of support sounds most helpful?',
];
const RESULTS = {
  therapy: 'Therapy may be the place to start',
  coaching: 'Coaching might be the right fit',
  both: 'Therapy and coaching could work well together',
  consultation: 'A short conversation could bring clarity',
};
const question = (n: number) => `heading, Question ${n + 1} of 7 ${QUESTIONS[n]}, level 2`;

let warn: sinon.SinonStub;
beforeEach(() => (warn = cleanKit()));
afterEach(async () => {
  await stopScreenReader();
  warn.restore();
});

describe('screen reader: the quiz', () => {
  async function page() {
    const root = await fixture<HTMLElement>(html`<div>
      <therapy-coaching-quiz id="quiz" booking-url=${BOOK} phone=${PHONE}></therapy-coaching-quiz>
    </div>`);
    const quiz = root.querySelector<TherapyCoachingQuiz>('#quiz')!;
    await quiz.updateComplete;
    await startScreenReader(root);
    return quiz;
  }

  /** Start (from the Start button), then per question: Tab to the answers, choose, Tab to Next, Enter. Returns what each Next said. */
  async function walk(quiz: TherapyCoachingQuiz, path: readonly number[]) {
    part(quiz, 'start').focus();
    await said();
    await press('Enter');
    const spoken = [await said()];
    for (const pick of path) {
      await press('Tab');
      if (pick === 0) await press(SPACE);
      for (let i = 0; i < pick; i++) await press('ArrowDown');
      // To Next: past the crisis lines a crisis answer shows at once.
      do await press('Tab');
      while (!quiz.shadowRoot!.activeElement?.part.contains('next'));
      await said();
      await press('Enter');
      spoken.push(await said());
    }
    return spoken;
  }

  it('the start screen reads the crisis line with its links first, then its title, what the quiz is, and Start', async () => {
    await page();
    expect(await readOn(12)).to.deep.equal([
      'Thinking about suicide, or not safe?',
      'Call or text',
      'link, 9-8-8',
      ', any time. In an emergency, call',
      'link, 911',
      '.',
      'end of paragraph',
      'heading, Therapy, coaching or both?, level 2',
      'paragraph',
      'Answer 7 short questions to see which support might suit you. It is a gentle guide, not a diagnosis, and your answers stay in your browser.',
      'end of paragraph',
      'button, Start',
    ]);
  });

  for (const outcome of ['therapy', 'coaching', 'both', 'consultation'] as const) {
    it(`${outcome}: Start and each Next say the new screen's heading once, with the progress; the result says its heading`, async () => {
      const quiz = await page();
      const spoken = await walk(quiz, PATHS[outcome]);
      spoken.slice(0, 7).forEach((log, n) => expect(headings(log), `after ${n ? 'Next' : 'Start'}`).to.deep.equal([question(n)]));
      expect(headings(spoken[7]), 'after the last Next').to.deep.equal([`heading, ${RESULTS[outcome]}, level 2`]);
      expect(spoken.flatMap(live), 'no live-region chatter: focus carries each screen').to.deep.equal([]);
      const result = await readOn(12);
      expect(result, 'the booking link says it opens a new tab').to.include(
        `link, ${outcome === 'therapy' ? 'Book a therapy consultation' : outcome === 'coaching' ? 'Book a coaching consultation' : 'Book a consultation'} (opens in a new tab)`,
      );
    });
  }

  it('crisis: the crisis screen says its heading, then reads the lines to call or text, and nothing to book', async () => {
    const quiz = await page();
    const spoken = await walk(quiz, CRISIS);
    expect(headings(spoken[2])).to.deep.equal(['heading, You deserve support right now, level 2']);
    const screen = await readOn(40);
    expect(screen.filter((p) => p.startsWith('link, '))).to.deep.equal([
      'link, Call 9-8-8',
      'link, Text 9-8-8',
      'link, Emergency: call 911',
      `link, Call the clinic: ${PHONE}`,
    ]);
    expect(screen).to.include('button, Start again');
    expect(screen.join(' '), 'no booking pitch on the crisis screen').not.to.match(/book/i);
  });

  it('Back says the previous question (or the start screen), Start again says question 1', async () => {
    const quiz = await page();
    await walk(quiz, [1]);
    part(quiz, 'back').focus();
    expect(await said()).to.deep.equal(['button, Back']);
    await press('Enter');
    expect(headings(await said())).to.deep.equal([question(0)]);
    part(quiz, 'back').focus();
    await said();
    await press('Enter');
    expect(headings(await said())).to.deep.equal(['heading, Therapy, coaching or both?, level 2']);
    await walk(quiz, CRISIS);
    part(quiz, 'restart').focus();
    expect(await said()).to.deep.equal(['button, Start again']);
    await press('Enter');
    expect(headings(await said())).to.deep.equal([question(0)]);
  });
});

describe('screen reader: the FAQ search', () => {
  async function search(lang = 'en') {
    const root = await fixture<HTMLElement>(html`<div lang=${lang}><faq-accordion search></faq-accordion></div>`);
    const faq = root.querySelector<FaqAccordion>('faq-accordion')!;
    await faq.updateComplete;
    await startScreenReader(root);
    part(faq, 'search').focus();
    return faq;
  }

  it('the search box has its label; the count and "no match" are said politely, once typing pauses', async () => {
    const faq = await search();
    const status = () => part(faq, 'status').textContent!.trim();
    const pause = (count: string) => waitUntil(() => status() === count, `the status says "${count}"`, { timeout: 4000 });
    expect(await said()).to.deep.equal(['searchbox, Search the questions']);
    await sendKeys({ type: 'online' });
    await pause('1 of 5 questions');
    // One message for the word, not one per letter. (The virtual screen reader reads Lit's first
    // write twice, an empty text node then its text; a browser reads the region once.)
    expect([...new Set(live(await said()))]).to.deep.equal(['polite: 1 of 5 questions']);
    await sendKeys({ type: ' zzz' });
    await pause('No questions match your search. Try other words.');
    expect(live(await said())).to.deep.equal(['polite: No questions match your search. Try other words.']);
    for (let i = 0; i < 4; i++) await press('Backspace');
    await pause('1 of 5 questions');
    expect(live(await said())).to.deep.equal(['polite: 1 of 5 questions']);
  });

  it('in French, one match reads "1 question", not "1 questions"', async () => {
    const faq = await search('fr-CA');
    expect(await said()).to.deep.equal(['searchbox, Rechercher dans les questions']);
    await sendKeys({ type: 'ligne' });
    await waitUntil(() => part(faq, 'status').textContent!.trim() !== '', 'the count', { timeout: 4000 });
    const count = live(await said()).at(-1);
    expect(count).to.match(/^polite: /);
    expect(count, 'French agrees the noun with one').not.to.match(/\b1 questions\b/);
  });
});

/** Starts the screen reader on `root` with focus on its "Before" button, and lets it say that first. */
async function listenFromBefore(root: HTMLElement) {
  await startScreenReader(root);
  root.querySelector<HTMLElement>('#before')!.focus();
  await said();
}

describe('screen reader: booking-cta', () => {
  it('a link that opens a new tab says so; a dialog link says it opens a dialog, the dialog its name, Escape returns', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <button id="before">Before</button>
      <booking-cta href=${BOOK} variant="banner" phone=${PHONE} online></booking-cta>
      <booking-cta mode="dialog" href="/test/host/pages/book.html" label="Book online"></booking-cta>
    </div>`);
    const [banner, dialog] = root.querySelectorAll<BookingCta>('booking-cta');
    await Promise.all([banner.updateComplete, dialog.updateComplete]);
    await listenFromBefore(root);
    await press('Tab');
    expect(await said()).to.deep.equal(['link, Book a consultation (opens in a new tab)']);
    await press('Tab');
    expect(await said()).to.deep.equal([`link, Call ${PHONE}`]);
    await press('Tab');
    expect(await said()).to.deep.equal(['link, Book online, has popup dialog']);
    await press('Enter');
    expect(await said()).to.deep.equal(['dialog, Book online', 'button, Close']);
    await press('Escape');
    expect(await said()).to.deep.equal(['link, Book online, has popup dialog']);
  });

  it('the floating pill: its link, then its dismiss button, named', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <button id="before">Before</button>
      <booking-cta variant="floating" href=${BOOK}></booking-cta>
    </div>`);
    await root.querySelector<BookingCta>('booking-cta')!.updateComplete;
    await listenFromBefore(root);
    await press('Tab');
    expect(await said()).to.deep.equal(['link, Book a consultation (opens in a new tab)']);
    await press('Tab');
    expect(await said()).to.deep.equal(['button, Hide the booking button']);
  });
});
