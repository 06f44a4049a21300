import { isRecord } from '../shared/json.js';

/** The outcomes a score can lead to. */
export type QuizOutcome = 'therapy' | 'coaching' | 'both' | 'consultation';
/** Every recommendation, including the crisis screen (never scored). */
export type QuizRecommendation = QuizOutcome | 'crisis';
/** Summed answer weights. */
export type QuizScores = Record<'therapy' | 'coaching', number>;
/** One answer: its text, what it adds, or `crisis: true` to end the quiz on the crisis screen. */
export interface QuizAnswer {
  text: string;
  weights?: Partial<QuizScores>;
  crisis?: boolean;
}
/** One question (one screen). `id` is what `quiz-answer` reports. */
export interface QuizQuestion {
  id: string;
  text: string;
  answers: QuizAnswer[];
}
/** A clinic's quiz config (JSON). */
export interface QuizConfig {
  questions: QuizQuestion[];
  /** String overrides (result texts and any other string), like the `strings` attribute. */
  strings?: Record<string, string>;
  threshold?: number;
  margin?: number;
}

/**
 * Ids and weights `[therapy, coaching]` of the default questions, shared by every language;
 * `0` marks the crisis answer. The wording lives in the strings table, in the same order.
 */
const LOGIC: [string, ([number, number] | 0)[]][] = [
  ['feeling', [[0, 2], [1, 1], [3, 0], 0]],
  ['reason', [[3, 0], [0, 3], [2, 2], [0, 0]]],
  ['impact', [[2, 0], [1, 0], [0, 1]]],
  ['past', [[2, 0], [1, 0], [0, 2]]],
  ['stuck', [[2, 0], [0, 2], [0, 1]]],
  ['support', [[2, 0], [0, 2], [2, 2], [0, 0]]],
];

/** The default quiz in one language: `text[i]` is `[question, ...answers]`. */
export function defaultQuiz(text: readonly (readonly string[])[]): QuizConfig {
  return {
    questions: LOGIC.map(([id, answers], i) => ({
      id,
      text: text[i][0],
      answers: answers.map((w, j) => ({
        text: text[i][j + 1],
        ...(w ? { weights: { therapy: w[0], coaching: w[1] } } : { crisis: true }),
      })),
    })),
  };
}

/** Sums the weights of the chosen answers (`chosen[i]` is the answer index for question `i`). */
export function score(questions: QuizQuestion[], chosen: (number | null | undefined)[]): QuizScores {
  const sum = { therapy: 0, coaching: 0 };
  questions.forEach((q, i) => {
    const weights = q.answers[chosen[i] ?? -1]?.weights;
    sum.therapy += weights?.therapy ?? 0;
    sum.coaching += weights?.coaching ?? 0;
  });
  return sum;
}

/**
 * The chosen answer that points most strongly to the outcome (2 points or more; either side
 * for `both`), to quote on the result screen; none for `consultation`.
 */
export function strongest(questions: QuizQuestion[], chosen: (number | null)[], outcome: QuizOutcome): string | undefined {
  let top = 1,
    text: string | undefined;
  questions.forEach((q, i) => {
    const points: Record<string, number> = score([q], [chosen[i]]);
    points.both = points.therapy + points.coaching;
    if (points[outcome] > top) [top, text] = [points[outcome], q.answers[chosen[i] as number].text];
  });
  return text;
}

/**
 * A side wins when it reaches `threshold` and leads the other by `margin` or more; when both
 * reach `threshold` without such a lead, `both`; otherwise `consultation`.
 */
export function decide({ therapy: t, coaching: c }: QuizScores, threshold = 4, margin = 3): QuizOutcome {
  return t >= threshold && t - c >= margin
    ? 'therapy'
    : c >= threshold && c - t >= margin
      ? 'coaching'
      : t >= threshold && c >= threshold
        ? 'both'
        : 'consultation';
}

const isText = (v: unknown) => typeof v == 'string' && !!v.trim();
const isNum = (v: unknown) => v === undefined || Number.isFinite(v);

/** Returns the config if it is valid, else the path of its first bad value (`questions[2].answers[1].weights`). */
export function validate(config: unknown): QuizConfig | string {
  const need = (ok: unknown, path: string) => {
    if (!ok) throw path;
  };
  try {
    need(isRecord(config), 'config');
    const { questions, strings = {}, threshold, margin } = config as Record<string, unknown>;
    need(Array.isArray(questions) && questions.length, 'questions');
    (questions as Record<string, unknown>[]).forEach((q, i) => {
      const p = `questions[${i}]`;
      need(isRecord(q), p);
      for (const k of ['id', 'text']) need(isText(q[k]), `${p}.${k}`);
      const { answers } = q;
      need(Array.isArray(answers) && answers.length > 1, `${p}.answers`);
      (answers as Record<string, unknown>[]).forEach((a, j) => {
        const ap = `${p}.answers[${j}]`;
        need(isRecord(a), ap);
        const { crisis, weights } = a;
        need(isText(a.text), `${ap}.text`);
        need(crisis === undefined || typeof crisis == 'boolean', `${ap}.crisis`);
        need(crisis || isRecord(weights), `${ap}.weights`);
        if (isRecord(weights)) for (const k of ['therapy', 'coaching']) need(isNum(weights[k]), `${ap}.weights.${k}`);
      });
    });
    need(isRecord(strings), 'strings');
    need(isNum(threshold), 'threshold');
    need(isNum(margin), 'margin');
    return config as unknown as QuizConfig;
  } catch (path) {
    return path as string;
  }
}
