// On a small phone (320 × 568), the quiz keeps crisis help in view: the crisis screen opens with
// its heading at the top of the screen and the first call button under it; "Yes" to the safety
// question brings its call buttons into view; each question opens from its top (the crisis line
// and the question in view), wherever the visitor had scrolled to reach Next.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { CRISIS, PATHS, clickThrough } from '../support/quiz-paths.js';
import { part } from '../support/helpers.js';
import { openPage, type HostPage } from './support.js';

const ARTICLE = '<p>Therapy focuses on healing; coaching on goals. Many people use both, one after the other or together.</p>'.repeat(12);

describe('crisis help on a 320 × 568 phone', () => {
  let page: HostPage;
  let quiz: LitElement;
  /** A quiz between two screens of article, its text `fontSize` px (20: a larger text setting, taller screens). */
  async function phone(fontSize = 16) {
    page = await openPage({
      width: 320,
      height: 568,
      head: `<style>body { margin: 0 1rem; font: ${fontSize}px/1.5 sans-serif; }</style>`,
      body: `<main>${ARTICLE}<therapy-coaching-quiz id="quiz" booking-url="https://clinic.example/book"></therapy-coaching-quiz>${ARTICLE}</main>`,
    });
    quiz = page.$('#quiz');
  }
  const frame = () => new Promise((resolve) => page.win.requestAnimationFrame(() => resolve(null)));
  afterEach(() => page?.frame.remove());

  it('the crisis screen shows its heading and the first call button without scrolling', async () => {
    await phone();
    quiz.scrollIntoView({ block: 'end' });
    await clickThrough(quiz, CRISIS);
    await frame();
    const heading = part(quiz, 'heading').getBoundingClientRect();
    const call = part(quiz, 'crisis-link').getBoundingClientRect();
    expect(quiz.shadowRoot!.activeElement, 'focus on the heading').to.equal(part(quiz, 'heading'));
    expect(heading.top, 'heading at the top').to.be.within(-1, 60);
    expect(call.bottom, 'the first call button in view').to.be.at.most(page.win.innerHeight);
  });

  it('each question opens with its crisis line and heading in view, after Next pressed at the bottom of the screen, in larger text', async () => {
    await phone(20);
    const inView = async (where: string) => {
      await frame();
      const line = part(quiz, 'crisis-line').getBoundingClientRect();
      const heading = part(quiz, 'heading').getBoundingClientRect();
      expect(line.top, `${where}: the crisis line's top in view`).to.be.at.least(-1);
      expect(heading.bottom, `${where}: the question in view`).to.be.at.most(page.win.innerHeight);
      expect(quiz.shadowRoot!.activeElement, `${where}: focus on the question`).to.equal(part(quiz, 'heading'));
    };
    part(quiz, 'start').scrollIntoView({ block: 'end' });
    part(quiz, 'start').click();
    await quiz.updateComplete;
    await inView('question 1');
    for (const [index, pick] of PATHS.therapy.slice(0, -1).entries()) {
      quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=answer] input')[pick].click();
      await quiz.updateComplete;
      part(quiz, 'next').scrollIntoView({ block: 'end' });
      part(quiz, 'next').click();
      await quiz.updateComplete;
      await inView(`question ${index + 2}`);
    }
  });

  it('"Yes" to the safety question, at the bottom of the screen, brings the call buttons into view', async () => {
    await phone();
    await clickThrough(quiz, [0]);
    const yes = quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=answer] input')[1];
    yes.closest('label')!.scrollIntoView({ block: 'end' });
    yes.focus({ preventScroll: true });
    yes.click();
    await quiz.updateComplete;
    await frame();
    const links = [...part(quiz, 'crisis-now').querySelectorAll('a')];
    expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['Call 9-8-8', 'Text 9-8-8', 'Emergency: call\u00a0911']);
    // Within a pixel: the scroll position is whole pixels, the layout is not.
    for (const a of links) expect(a.getBoundingClientRect().bottom, `${a.textContent?.trim()} in view`).to.be.at.most(page.win.innerHeight + 1);
    expect(quiz.shadowRoot!.activeElement, 'focus stays on the answer').to.equal(yes);
  });
});
