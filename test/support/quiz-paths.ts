/**
 * Answer paths through the default quiz (the answer's index on each question) and the outcome
 * each leads to, and a person clicking through it. One table for every suite that walks the
 * quiz, so a change to the default questions is made once. The questions: feeling, safety,
 * reason, impact, past, stuck, support.
 */
import type { LitElement } from 'lit';
import { hasPart, part } from './helpers.js';

export const PATHS = {
  /** Anxious, low or overwhelmed; not in danger; then every therapy answer. */
  therapy: [2, 0, 0, 0, 0, 0, 0],
  /** Steady; a goal; not affected; looking ahead; a plan; structure. */
  coaching: [0, 0, 1, 2, 2, 1, 1],
  /** Stressed but coping; something painful and a goal; a plan; both. */
  both: [1, 0, 2, 1, 1, 1, 2],
  /** Stressed but coping; not sure on every question that asks. */
  consultation: [1, 0, 3, 1, 1, 2, 3],
} as const;

/** The safety question is the second: "Yes" ends the quiz on the crisis screen after Next. */
export const CRISIS = [0, 1] as const;

/** "I'd rather not say" on the safety question: the quiz goes on, and the result leads with crisis help. */
export const UNDISCLOSED = [0, 2, 1, 2, 2, 1, 1] as const;

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
