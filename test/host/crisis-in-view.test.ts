// On a small phone (320 × 568), the crisis screen opens with its help in view: the heading at
// the top of the screen and the first call button under it, not below the fold.
import { expect } from '@open-wc/testing';
import { CRISIS, clickThrough } from '../support/quiz-paths.js';
import { part } from '../support/helpers.js';
import { openPage } from './support.js';

const ARTICLE = '<p>Therapy focuses on healing; coaching on goals. Many people use both, one after the other or together.</p>'.repeat(12);

describe('crisis screen on a 320 × 568 phone', () => {
  it('shows the crisis heading and the first call button without scrolling', async () => {
    const page = await openPage({
      width: 320,
      height: 568,
      head: '<style>body { margin: 0 1rem; font: 16px/1.5 sans-serif; }</style>',
      body: `<main>${ARTICLE}<therapy-coaching-quiz id="quiz" booking-url="https://clinic.example/book"></therapy-coaching-quiz>${ARTICLE}</main>`,
    });
    try {
      const quiz = page.$('#quiz');
      quiz.scrollIntoView({ block: 'end' });
      await clickThrough(quiz, CRISIS);
      await new Promise((resolve) => page.win.requestAnimationFrame(() => resolve(null)));
      const heading = part(quiz, 'heading').getBoundingClientRect();
      const call = part(quiz, 'crisis-link').getBoundingClientRect();
      expect(quiz.shadowRoot!.activeElement, 'focus on the heading').to.equal(part(quiz, 'heading'));
      expect(heading.top, 'heading at the top').to.be.within(-1, 60);
      expect(call.bottom, 'the first call button in view').to.be.at.most(page.win.innerHeight);
    } finally {
      page.frame.remove();
    }
  });
});
