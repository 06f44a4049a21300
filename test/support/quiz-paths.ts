/**
 * Answer paths through the default quiz (the answer's index on each question) and the outcome
 * each leads to. One table for every suite that walks the quiz, so a change to the default
 * questions or weights is made once.
 */
export const PATHS = {
  therapy: [2, 0, 0, 0, 0, 0],
  coaching: [0, 1, 2, 2, 1, 1],
  both: [1, 2, 1, 1, 1, 2],
  consultation: [1, 3, 2, 1, 2, 3],
} as const;

/** The crisis answer is on the first question: it ends the quiz at once. */
export const CRISIS = [3] as const;
