/**
 * Answer paths through the default quiz (the answer's index on each question) and the outcome
 * each leads to, and a person clicking through it. One table for every suite that walks the
 * quiz, so a change to the default questions or weights is made once.
 */
import type { LitElement } from 'lit';
import { hasPart, part } from './helpers.js';

export const PATHS = {
  therapy: [2, 0, 0, 0, 0, 0],
  coaching: [0, 1, 2, 2, 1, 1],
  both: [1, 2, 1, 1, 1, 2],
  consultation: [1, 3, 2, 1, 2, 3],
} as const;

/** The crisis answer is on the first question: it ends the quiz at once. */
export const CRISIS = [3] as const;

/** Clicks through the quiz: Start (or Start again), then each answer and Next (`path`: the answer index per question). */
export async function clickThrough(quiz: LitElement, path: readonly number[]): Promise<void> {
  await quiz.updateComplete;
  part(quiz, hasPart(quiz, 'start') ? 'start' : 'restart').click();
  await quiz.updateComplete;
  for (const pick of path) {
    quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=answer] input')[pick].click();
    await quiz.updateComplete;
    part(quiz, 'next').click();
    await quiz.updateComplete;
  }
}
