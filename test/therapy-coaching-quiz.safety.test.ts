// Crisis help first: the crisis line on every screen (EN and FR, in a 320 px column), the safety
// question asked of everyone, help shown at once on a crisis answer, a result that leads with
// help when the visitor would rather not say, the clinic's own crisis lines and hours, the note
// for young people, and the quiz's warnings at load.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { TherapyCoachingQuiz } from '../src/index.js';
import { isWebKit } from './support/engine.js';
import { cleanKit } from './support/clean-kit.js';
import { BOOK, SPACE, press, text } from './support/helpers.js';
import { CRISIS, PATHS, UNDISCLOSED, clickThrough } from './support/quiz-paths.js';
import { said, startScreenReader, stopScreenReader } from './support/screen-reader.js';

type Quiz = TherapyCoachingQuiz;
const part = (el: Quiz, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Quiz, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const heading = (el: Quiz) => el.shadowRoot!.querySelector('h2')!;
const radios = (el: Quiz) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const links = (root: Element | null) => [...(root?.querySelectorAll('a') ?? [])].map((a) => [text(a), a.getAttribute('href')]);

async function quiz(template = html`<therapy-coaching-quiz booking-url=${BOOK}></therapy-coaching-quiz>`) {
  const el = await fixture<Quiz>(template);
  await el.updateComplete;
  return el;
}

async function choose(el: Quiz, pick: number) {
  radios(el)[pick].click();
  await el.updateComplete;
}

async function next(el: Quiz) {
  part(el, 'next')!.click();
  await el.updateComplete;
}

/** The crisis line's links, visible and inside the quiz's box: 9-8-8 to call and 911. */
function expectCrisisLine(el: Quiz, where: string) {
  const line = part(el, 'crisis-line');
  expect(line, `${where}: a crisis line`).to.exist;
  const box = el.getBoundingClientRect();
  const hrefs = links(line).map(([, href]) => href);
  expect(hrefs, where).to.include.members(['tel:988', 'tel:911']);
  for (const a of line!.querySelectorAll('a')) {
    // The number as drawn (its link's padding makes a larger tap target around it).
    const range = document.createRange();
    range.selectNodeContents(a);
    const rect = range.getBoundingClientRect();
    expect(rect.width * rect.height, `${where}: ${text(a)} is visible`).to.be.above(0);
    expect(rect.right, `${where}: ${text(a)} inside the quiz`).to.be.at.most(box.right + 0.5);
    expect(getComputedStyle(a).visibility, where).to.equal('visible');
  }
}

describe('<therapy-coaching-quiz> safety', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  describe('crisis help on every screen', () => {
    before(async () => {
      if (!isWebKit()) await setViewport({ width: 320, height: 640 });
    });
    after(async () => {
      if (!isWebKit()) await setViewport({ width: 800, height: 600 });
    });

    for (const lang of ['en', 'fr']) {
      for (const [outcome, path] of Object.entries(PATHS)) {
        it(`${lang}: the start screen, every question and the ${outcome} result show 9-8-8 and 911 (320 px column)`, async () => {
          const el = await quiz(html`<therapy-coaching-quiz lang=${lang} booking-url=${BOOK} style="width: 320px"></therapy-coaching-quiz>`);
          expectCrisisLine(el, 'start');
          expect(text(part(el, 'crisis-line')), 'names suicide plainly').to.contain('suicide');
          part(el, 'start')!.click();
          await el.updateComplete;
          for (const [n, pick] of path.entries()) {
            expectCrisisLine(el, `question ${n + 1}`);
            await choose(el, pick);
            await next(el);
          }
          expect(part(el, 'result'), 'the result').to.exist;
          expectCrisisLine(el, `${outcome} result`);
        });
      }

      it(`${lang}: on the crisis screen, crisis help is the whole screen`, async () => {
        const el = await quiz(html`<therapy-coaching-quiz lang=${lang} booking-url=${BOOK} style="width: 320px"></therapy-coaching-quiz>`);
        await clickThrough(el, CRISIS);
        const crisis = part(el, 'crisis')!;
        const hrefs = links(crisis).map(([, href]) => href);
        expect(hrefs).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
        expect(el.shadowRoot!.querySelector('booking-cta, [part~=result]')).to.equal(null);
        expect(part(el, 'crisis-line'), 'no second, smaller line: the screen is the help').to.equal(null);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      });
    }
  });

  describe('the safety question', () => {
    it('is asked of every visitor, second, naming suicide plainly, with No, Yes and I’d rather not say', async () => {
      const el = await quiz();
      await clickThrough(el, [0]);
      expect(text(heading(el))).to.equal(
        'Question 2 of 7 We ask everyone: are you having thoughts of suicide or of harming yourself, or do you feel unsafe right now?',
      );
      expect(radios(el).map((r) => text(r.closest('label')))).to.deep.equal(['No', 'Yes', 'I’d rather not say']);
      await expect(el).to.be.accessible();
    });

    it('starts with no answer chosen, even when the answer before it and Next came in one task (no render between them)', async () => {
      const el = await quiz();
      part(el, 'start')!.click();
      await el.updateComplete;
      // The choice and Next in the same task: no render between them.
      radios(el)[0].click();
      part(el, 'next')!.click();
      await el.updateComplete;
      expect(text(heading(el))).to.match(/^Question 2 of 7 We ask everyone/);
      expect(
        radios(el).map((r) => r.checked),
        'nothing chosen on the safety question',
      ).to.deep.equal([false, false, false]);
      // Next without an answer stays on the safety question.
      await next(el);
      expect(text(heading(el))).to.match(/^Question 2 of 7 We ask everyone/);
    });

    it('shows help at once when Yes is chosen, before Next, without changing screen; Next then shows the crisis screen', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} phone="(780) 555-0142"></therapy-coaching-quiz>`);
      const done = sinon.spy();
      el.addEventListener('quiz-complete', done);
      await clickThrough(el, [0]);
      expect(part(el, 'crisis-now')).to.equal(null);
      await choose(el, 1);
      const now = part(el, 'crisis-now')!;
      expect(now, 'help shows at once').to.exist;
      expect(text(now)).to.match(/^Thank you for telling us\./);
      expect(links(now)).to.deep.equal([
        ['Call 9-8-8', 'tel:988'],
        ['Text 9-8-8', 'sms:988'],
        ['Emergency: call 911', 'tel:911'],
      ]);
      expect(now.closest('[aria-live=polite]'), 'said by screen readers as it appears').to.exist;
      expect(text(part(el, 'progress'))).to.equal('Question 2 of 7');
      expect(done.called).to.equal(false);
      await expect(el).to.be.accessible();
      await choose(el, 0);
      expect(part(el, 'crisis-now'), 'gone once another answer is chosen').to.equal(null);
      await choose(el, 1);
      const complete = oneEvent(el, 'quiz-complete');
      await next(el);
      expect((await complete).detail.recommendation).to.equal('crisis');
      expect(text(heading(el))).to.equal('You deserve support right now');
    });

    it('by keyboard: arrowing onto Yes shows the help, arrowing on hides it, and only Next leaves the screen', async () => {
      const el = await quiz();
      await clickThrough(el, [0]);
      heading(el).focus();
      await press('Tab');
      await press(SPACE);
      await el.updateComplete;
      expect(radios(el)[0].checked).to.equal(true);
      await press('ArrowDown');
      await el.updateComplete;
      expect(radios(el)[1].checked).to.equal(true);
      expect(part(el, 'crisis-now')).to.exist;
      expect(el.shadowRoot!.activeElement, 'focus stays on the answer').to.equal(radios(el)[1]);
      await press('ArrowDown');
      await el.updateComplete;
      expect(part(el, 'crisis-now')).to.equal(null);
      await press('ArrowUp');
      await el.updateComplete;
      expect(part(el, 'crisis-now')).to.exist;
      expect(part(el, 'crisis')).to.equal(null);
      await press('Tab');
      await press('Tab');
      await press('Tab');
      await press('Tab');
      expect(el.shadowRoot!.activeElement?.part.contains('next'), 'Tab goes through the help’s links to Next').to.equal(true);
      await press('Enter');
      await el.updateComplete;
      expect(part(el, 'crisis')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(heading(el));
    });

    it('the virtual screen reader hears the help as soon as Yes is chosen', async () => {
      const root = await fixture<HTMLElement>(html`<div><therapy-coaching-quiz booking-url=${BOOK}></therapy-coaching-quiz></div>`);
      const el = root.querySelector<Quiz>('therapy-coaching-quiz')!;
      await el.updateComplete;
      await clickThrough(el, [0]);
      await startScreenReader(root);
      try {
        heading(el).focus();
        await said();
        await press('Tab');
        await press(SPACE);
        await said();
        await press('ArrowDown');
        await el.updateComplete;
        const spoken = (await said()).join(' | ');
        expect(spoken).to.contain('radio, Yes');
        expect(spoken).to.match(/polite: Thank you for telling us\. Please reach out now/);
      } finally {
        await stopScreenReader();
      }
    });

    it('“I’d rather not say” goes on, and the result leads with crisis help, which takes focus first', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} phone="(780) 555-0142"></therapy-coaching-quiz>`);
      await clickThrough(el, UNDISCLOSED);
      const safety = part(el, 'safety')!;
      const result = part(el, 'result')!;
      expect(safety, 'help leads the result').to.exist;
      expect(safety.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      expect(text(heading(el))).to.equal('Support is here whenever you need it');
      expect(el.shadowRoot!.activeElement).to.equal(heading(el));
      expect(links(safety).map(([, href]) => href)).to.deep.equal(['tel:988', 'sms:988', 'tel:911', 'tel:7805550142']);
      expect(text(result.querySelector('h2'))).to.equal('Coaching might be the right fit');
      expect(part(el, 'crisis-line'), 'the help block replaces the one-line help, not repeated above it').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('“No” leads to a result with no extra crisis block (the one-line help stays)', async () => {
      const el = await quiz();
      await clickThrough(el, PATHS.coaching);
      expect(part(el, 'safety')).to.equal(null);
      expectCrisisLine(el, 'result');
    });
  });

  describe('a clinic’s crisis lines and hours', () => {
    const RESOURCES = JSON.stringify([
      { name: 'Mental Health Help Line (Alberta)', call: '1-877-303-2642', hours: '24/7' },
      { name: 'Kids Help Phone', call: '1-800-668-6868', text: '686868' },
      { name: 'Hope for Wellness', call: '1-855-242-3310', hours: 'Any time' },
      { name: 'Family Violence Info Line', call: '310-1818' },
    ]);

    it('lists them after 9-8-8 and 911, each with its name, hours and links', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} crisis-resources=${RESOURCES}></therapy-coaching-quiz>`);
      await clickThrough(el, CRISIS);
      const resources = parts(el, 'crisis-resource');
      expect(resources.map((r) => text(r.querySelector('p')))).to.deep.equal([
        '9-8-8: the Suicide Crisis Helpline in Canada and the 988 Suicide & Crisis Lifeline in the US',
        'Mental Health Help Line (Alberta)',
        'Kids Help Phone',
        'Hope for Wellness',
        'Family Violence Info Line',
      ]);
      expect(text(resources[1])).to.contain('24/7');
      expect(links(resources[2])).to.deep.equal([
        ['Call 1-800-668-6868', 'tel:18006686868'],
        ['Text 686868', 'sms:686868'],
      ]);
      expect(links(resources[4])).to.deep.equal([['Call 310-1818', 'tel:3101818']]);
      expect(warn.called).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('takes them as a property too, and leaves out (with one warning each) entries it cannot use', async () => {
      const el = await quiz();
      el.crisisResources = [
        { name: 'Good line', call: '1-877-303-2642' },
        { name: 'No number', call: 'call us' },
        { name: '', call: '1-800-668-6868' },
      ];
      await el.updateComplete;
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '<therapy-coaching-quiz> crisis-resources[1]: "No number" has no "call" or "text" number to dial; it was left out.',
        '<therapy-coaching-quiz> crisis-resources[2]: needs a "name"; it was left out.',
      ]);
      await clickThrough(el, CRISIS);
      expect(parts(el, 'crisis-resource').map((r) => text(r.querySelector('p')))).to.have.members([
        '9-8-8: the Suicide Crisis Helpline in Canada and the 988 Suicide & Crisis Lifeline in the US',
        'Good line',
      ]);
    });

    it('a crisis-phone without crisis-name warns, and no longer names 9-8-8 anywhere', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} crisis-phone="1-833-456-4566"></therapy-coaching-quiz>`);
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '<therapy-coaching-quiz> crisis-phone: "1-833-456-4566" is set without crisis-name: add crisis-name="…" so visitors know which line they are calling (9-8-8\'s name is no longer shown).',
      ]);
      expect(text(part(el, 'crisis-line'))).to.contain('1-833-456-4566');
      await clickThrough(el, CRISIS);
      expect(text(part(el, 'crisis'))).to.not.match(/9-8-8|988/);
      expect(links(part(el, 'crisis'))[0]).to.deep.equal(['Call 1-833-456-4566', 'tel:18334564566']);
    });

    it('“Call the clinic” gives the clinic’s hours, so no one in crisis reaches voicemail unawares', async () => {
      const el = await quiz(
        html`<therapy-coaching-quiz booking-url=${BOOK} phone="(780) 555-0142" hours="Mon–Fri, 9 am–5 pm"></therapy-coaching-quiz>`,
      );
      await clickThrough(el, CRISIS);
      expect(links(part(el, 'crisis')).at(-1)).to.deep.equal(['Call the clinic: (780) 555-0142 (Mon–Fri, 9 am–5 pm)', 'tel:7805550142']);
    });
  });

  describe('young people', () => {
    it('shows no note by default', async () => {
      const el = await quiz();
      expect(part(el, 'youth')).to.equal(null);
      await clickThrough(el, CRISIS);
      expect(part(el, 'youth')).to.equal(null);
    });

    it('with youth, the start and crisis screens name Kids Help Phone (call and text) and counselling for under-18s', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} youth></therapy-coaching-quiz>`);
      const note = part(el, 'youth')!;
      expect(text(note)).to.equal(
        'Under 18? Kids Help Phone is there any time: call 1-800-668-6868 or text 686868. You can also ask the clinic about counselling for under-18s.',
      );
      expect(links(note)).to.deep.equal([
        ['1-800-668-6868', 'tel:18006686868'],
        ['686868', 'sms:686868'],
      ]);
      await clickThrough(el, CRISIS);
      expect(text(part(el, 'youth'))).to.contain('Kids Help Phone');
      await expect(el).to.be.accessible();
    });
  });

  describe('warnings at load, before any visitor reaches a result', () => {
    it('no booking link and no phone: one warning naming the fix', async () => {
      await quiz(html`<therapy-coaching-quiz></therapy-coaching-quiz>`);
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '<therapy-coaching-quiz> booking-url: missing, and no phone either: the result cannot offer a way to book. Add booking-url="https://…" (your booking page) or phone="…".',
      ]);
    });

    it('no warning when a booking button on the page follows the quiz (for)', async () => {
      await fixture(html`<div>
        <therapy-coaching-quiz id="self-check"></therapy-coaching-quiz>
        <booking-cta for="self-check" href=${BOOK}></booking-cta>
      </div>`);
      expect(warn.called).to.equal(false);
    });

    it('an unsafe booking link and a phone with no number are said at load', async () => {
      await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} coaching-url="javascript:alert(1)" phone="call us"></therapy-coaching-quiz>`);
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '<therapy-coaching-quiz> coaching-url: "javascript:alert(1)" is not a safe link (only http, https, tel, mailto and relative URLs); it was ignored.',
        '<therapy-coaching-quiz> phone: "call us" has no number to call; it was ignored.',
      ]);
    });

    it('a letter inside the phone’s digits is said at load, by the quiz, and the fixed number is the one shown and called everywhere', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK} phone="78O-555-0142"></therapy-coaching-quiz>`);
      const said = () => warn.args.map((a) => a[0]);
      const atLoad = ['<therapy-coaching-quiz> phone: "78O-555-0142" has a letter inside its digits; did you mean "780-555-0142"? That number is shown and called.'];
      expect(said(), 'at load').to.deep.equal(atLoad);
      await clickThrough(el, CRISIS);
      const clinic = parts(el, 'crisis-link').find((a) => text(a).startsWith('Call the clinic'))!;
      expect(text(clinic)).to.equal('Call the clinic: 780-555-0142');
      expect(clinic.getAttribute('href')).to.equal('tel:7805550142');
      await clickThrough(el, PATHS.therapy);
      const button = part(el, 'result')!.querySelector('booking-cta') as HTMLElement & { updateComplete: Promise<unknown> };
      await button.updateComplete;
      const call = button.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect([text(call), call.getAttribute('href')], 'the result’s call link').to.deep.equal(['Call 780-555-0142', 'tel:7805550142']);
      expect(said(), 'no other warning, from the result’s booking button either').to.deep.equal(atLoad);
    });

    it('a custom quiz with no crisis answer, and an unknown indication, each warn once; the quiz is used', async () => {
      const config = {
        questions: [
          { id: 'mood', text: 'How are you?', answers: [{ text: 'Low', indicates: ['distress'] }, { text: 'Fine', indicates: ['steady', 'happy'] }] },
          { id: 'goal', text: 'A goal?', answers: [{ text: 'Yes', indicates: ['goal'] }, { text: 'No', indicates: [] }] },
        ],
      };
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK}>
        <script type="application/json">${JSON.stringify(config)}</script>
      </therapy-coaching-quiz>`);
      const messages = warn.args.map((a) => a[0] as string);
      expect(messages).to.have.length(2);
      expect(messages[0]).to.match(/^<therapy-coaching-quiz> <script type="application\/json">: questions\[0\]\.answers\[1\]\.indicates: "happy" is not an indication/);
      expect(messages[1]).to.match(/no answer leads to crisis help/);
      expect(text(part(el, 'intro'))).to.match(/^Answer 2 short questions/);
      expectCrisisLine(el, 'a custom quiz still has the crisis line');
      await clickThrough(el, [1, 0]);
      expect(text(heading(el))).to.equal('Coaching might be the right fit');
    });

    it('a JSON mistake is said with its line and column, in every engine; the default quiz is used', async () => {
      const el = await quiz(html`<therapy-coaching-quiz booking-url=${BOOK}>
        <script type="application/json">{
  "questions": [
    { "id": "a", "text": "A?" "answers": [] }
  ]
}</script>
      </therapy-coaching-quiz>`);
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '<therapy-coaching-quiz> <script type="application/json">: invalid JSON at line 3, column 31; fix it there (a missing comma or quote is the usual cause). The default is used.',
      ]);
      expect(text(part(el, 'intro'))).to.match(/^Answer 7 short questions/);
    });
  });

  describe('layout of crisis buttons', () => {
    it('French “Call the clinic” reads as one label, not two columns, in a phone’s column (360 px less the page’s margins)', async () => {
      const el = await quiz(html`<therapy-coaching-quiz lang="fr" phone="(780) 555-0142" style="width: 250px; font: 16px sans-serif"></therapy-coaching-quiz>`);
      await clickThrough(el, CRISIS);
      const clinic = [...part(el, 'crisis')!.querySelectorAll('a')].find((a) => text(a).startsWith('Appeler la clinique'))!;
      expect(text(clinic)).to.equal('Appeler la clinique : (780) 555-0142');
      // The label's text and the number flow as one line box: the number sits on the text's last
      // line or below it, never beside a wrapped label (two columns).
      const walker = document.createTreeWalker(clinic, NodeFilter.SHOW_TEXT);
      const label = walker.nextNode()!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const number = [...clinic.querySelectorAll('span')].find((s) => text(s) === '(780) 555-0142')!.getBoundingClientRect();
      expect(number.top, 'the number is not beside a wrapped label').to.be.at.least(lines.at(-1)!.top - 1);
    });
  });
});
