import { isRecord } from '../shared/json.js';

/** The outcomes the quiz can recommend. */
export type QuizOutcome = 'therapy' | 'coaching' | 'both' | 'consultation';
/** Every recommendation, including the crisis screen. */
export type QuizRecommendation = QuizOutcome | 'crisis';
/** Summed answer weights (custom configs that use weights). */
export type QuizScores = Record<'therapy' | 'coaching', number>;

/**
 * What an answer tells, in the article's terms ("Therapy vs coaching", How to decide):
 * - therapy: `distress` (anxiety, low mood, overwhelm), `pain` (a loss, a trauma, a big change),
 *   `impact` (symptoms affect sleep, work or relationships), `stuck` (stuck without knowing why),
 *   `past` (the past weighs on today), `healing` (wants a space to heal);
 * - coaching: `goal` (a goal to reach), `structure` (wants structure and accountability);
 * - neither: `steady` (relatively stable), `unsure`;
 * - safety: `crisis` (thoughts of suicide or self-harm, or not safe: ends on the crisis screen),
 *   `undisclosed` (would rather not say: the result leads with crisis help).
 */
export type Indication =
  | 'distress'
  | 'pain'
  | 'impact'
  | 'stuck'
  | 'past'
  | 'healing'
  | 'goal'
  | 'structure'
  | 'steady'
  | 'unsure'
  | 'crisis'
  | 'undisclosed';

/** Indications that send a visitor to therapy (never coaching alone), in the order a result quotes them. */
export const THERAPY_SIGNS: readonly Indication[] = ['distress', 'impact', 'pain', 'stuck', 'past', 'healing'];
export const INDICATIONS: readonly Indication[] = [
  ...THERAPY_SIGNS,
  'goal',
  'structure',
  'steady',
  'unsure',
  'crisis',
  'undisclosed',
];

/** One answer: its text and what it indicates, or (custom configs) its weights; `crisis: true` is `indicates: ["crisis"]`. */
export interface QuizAnswer {
  id?: string;
  text: string;
  indicates?: Indication[];
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

/** The default quiz's ids and what each answer indicates; the wording is in the strings file, keyed by these ids. */
export const DEFAULT_QUIZ: readonly { id: string; answers: Readonly<Record<string, readonly Indication[]>> }[] = [
  {
    id: 'feeling',
    answers: { steady: ['steady'], coping: ['steady'], distressed: ['distress'] },
  },
  {
    id: 'safety',
    answers: { no: [], yes: ['crisis'], private: ['undisclosed'] },
  },
  {
    id: 'reason',
    answers: { pain: ['pain'], goal: ['goal'], painAndGoal: ['pain', 'goal'], unsure: ['unsure'] },
  },
  {
    id: 'impact',
    answers: { yes: ['impact'], little: [], no: [] },
  },
  {
    id: 'past',
    answers: { weighs: ['past'], sometimes: [], ahead: [] },
  },
  {
    id: 'stuck',
    answers: { unknown: ['stuck'], plan: ['goal', 'structure'], notStuck: ['steady'] },
  },
  {
    id: 'support',
    answers: { heal: ['healing'], structure: ['structure'], both: ['healing', 'structure'], unsure: ['unsure'] },
  },
];

/** The default quiz's wording in one language: each question's text and its answers' texts, by id. */
export type QuizWording = Record<string, { text: string; answers: Record<string, string> }>;

/** The default quiz in one language. */
export function defaultQuiz(wording: QuizWording): QuizConfig {
  return {
    questions: DEFAULT_QUIZ.map(({ id, answers }) => ({
      id,
      text: wording[id].text,
      answers: Object.entries(answers).map(([answerId, indicates]) => ({
        id: answerId,
        text: wording[id].answers[answerId],
        indicates: [...indicates],
      })),
    })),
  };
}

/** What an answer indicates, with the older `crisis: true` read as `crisis`. */
export function indicationsOf(answer: QuizAnswer | undefined): readonly Indication[] {
  if (!answer) return [];
  return answer.crisis ? [...(answer.indicates ?? []), 'crisis'] : (answer.indicates ?? []);
}

/** True when the answer ends the quiz on the crisis screen. */
export const isCrisis = (answer: QuizAnswer | undefined): boolean => indicationsOf(answer).includes('crisis');

/** True when a config decides by indications (every default quiz; a custom one that uses `indicates`). */
export const usesRules = (config: QuizConfig): boolean =>
  config.questions.some((q) => q.answers.some((a) => a.indicates !== undefined));

/** The chosen answers (`chosen[i]` is the answer index for question `i`). */
const picked = (questions: QuizQuestion[], chosen: readonly (number | null)[]): QuizAnswer[] =>
  questions.flatMap((q, i) => {
    const answer = q.answers[chosen[i] ?? -1];
    return answer ? [answer] : [];
  });

/**
 * The article's rules, as one table (docs/therapy-coaching-quiz.md shows it):
 * | what was answered                                   | result        |
 * | a crisis answer                                     | crisis screen |
 * | any therapy sign and a goal                         | both          |
 * | any therapy sign, no goal                           | therapy       |
 * | a goal, no therapy sign                             | coaching      |
 * | anything else                                       | consultation  |
 */
export function decideByRules(answers: readonly QuizAnswer[]): QuizRecommendation {
  const signs = new Set(answers.flatMap(indicationsOf));
  const therapy = THERAPY_SIGNS.some((sign) => signs.has(sign));
  const goal = signs.has('goal');
  if (signs.has('crisis')) return 'crisis';
  if (therapy) return goal ? 'both' : 'therapy';
  if (goal) return 'coaching';
  return 'consultation';
}

/** Sums the weights of the chosen answers. */
export function score(questions: QuizQuestion[], chosen: readonly (number | null)[]): QuizScores {
  const sum = { therapy: 0, coaching: 0 };
  for (const answer of picked(questions, chosen)) {
    sum.therapy += answer.weights?.therapy ?? 0;
    sum.coaching += answer.weights?.coaching ?? 0;
  }
  return sum;
}

/**
 * Weighted configs: a side wins when it reaches `threshold` and leads the other by `margin` or
 * more; when both reach `threshold` without such a lead, `both`; otherwise `consultation`.
 */
export function decideByWeights({ therapy, coaching }: QuizScores, threshold = 4, margin = 3): QuizOutcome {
  if (therapy >= threshold && therapy - coaching >= margin) return 'therapy';
  if (coaching >= threshold && coaching - therapy >= margin) return 'coaching';
  if (therapy >= threshold && coaching >= threshold) return 'both';
  return 'consultation';
}

/** What the quiz recommends for the chosen answers, by rules or (custom configs without indications) by weights. */
export function recommend(config: QuizConfig, chosen: readonly (number | null)[]): QuizRecommendation {
  const answers = picked(config.questions, chosen);
  if (answers.some(isCrisis)) return 'crisis';
  if (usesRules(config)) return decideByRules(answers);
  return decideByWeights(score(config.questions, chosen), config.threshold, config.margin);
}

/** True when the visitor would rather not say whether they are safe: the result then leads with crisis help. */
export const undisclosed = (config: QuizConfig, chosen: readonly (number | null)[]): boolean =>
  picked(config.questions, chosen).some((a) => indicationsOf(a).includes('undisclosed'));

/**
 * The chosen answer to quote on the result, one that supports it:
 * - therapy: the first answer with the strongest therapy sign (distress, then impact, pain…);
 * - both: an answer with a therapy sign and a goal, else the strongest therapy sign;
 * - coaching: an answer with a goal;
 * - consultation: none.
 * Weighted configs quote the answer whose weights point most to the result (2 points or more).
 */
export function supportingAnswer(
  config: QuizConfig,
  chosen: readonly (number | null)[],
  outcome: QuizOutcome,
): string | undefined {
  const answers = picked(config.questions, chosen);
  if (!usesRules(config)) return strongestByWeight(answers, outcome);
  const has = (a: QuizAnswer, sign: Indication) => indicationsOf(a).includes(sign);
  const therapySign = () => THERAPY_SIGNS.map((sign) => answers.find((a) => has(a, sign))).find(Boolean);
  const pick =
    outcome === 'therapy'
      ? therapySign()
      : outcome === 'both'
        ? (answers.find((a) => has(a, 'goal') && THERAPY_SIGNS.some((sign) => has(a, sign))) ?? therapySign())
        : outcome === 'coaching'
          ? answers.find((a) => has(a, 'goal'))
          : undefined;
  return pick?.text;
}

function strongestByWeight(answers: QuizAnswer[], outcome: QuizOutcome): string | undefined {
  let best: { points: number; text?: string } = { points: 1 };
  for (const answer of answers) {
    const therapy = answer.weights?.therapy ?? 0;
    const coaching = answer.weights?.coaching ?? 0;
    const points = { therapy, coaching, both: therapy + coaching, consultation: 0 }[outcome];
    if (points > best.points) best = { points, text: answer.text };
  }
  return best.text;
}

/** A problem found in a config: where (`questions[2].answers[1].weights`) and what is wrong. */
export interface ConfigProblem {
  path: string;
  message: string;
}

const isText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const isNumberOrAbsent = (v: unknown): boolean => v === undefined || Number.isFinite(v);

/**
 * Checks a clinic's config. Returns the config, or the first problem that makes it unusable
 * (then the default quiz is shown). Problems that leave it usable (an unknown indication, no
 * crisis answer) are returned as `notes`, for one warning each.
 */
export function validate(config: unknown): { config: QuizConfig; notes: ConfigProblem[] } | ConfigProblem {
  const notes: ConfigProblem[] = [];
  if (!isRecord(config)) return { path: 'config', message: 'must be a JSON object' };
  const { questions, strings = {}, threshold, margin } = config;
  if (!Array.isArray(questions) || questions.length === 0) return { path: 'questions', message: 'must be a list of questions' };
  for (const [i, q] of (questions as unknown[]).entries()) {
    const path = `questions[${i}]`;
    if (!isRecord(q)) return { path, message: 'must be an object' };
    for (const key of ['id', 'text']) if (!isText(q[key])) return { path: `${path}.${key}`, message: 'must be text' };
    if (!Array.isArray(q.answers) || q.answers.length < 2) return { path: `${path}.answers`, message: 'needs two answers or more' };
    for (const [j, a] of (q.answers as unknown[]).entries()) {
      const answerPath = `${path}.answers[${j}]`;
      if (!isRecord(a)) return { path: answerPath, message: 'must be an object' };
      const { crisis, weights, indicates } = a;
      if (!isText(a.text)) return { path: `${answerPath}.text`, message: 'must be text' };
      if (crisis !== undefined && typeof crisis !== 'boolean') return { path: `${answerPath}.crisis`, message: 'must be true or false' };
      if (indicates !== undefined) {
        if (!Array.isArray(indicates)) return { path: `${answerPath}.indicates`, message: 'must be a list' };
        for (const sign of indicates as unknown[])
          if (!INDICATIONS.includes(sign as Indication))
            notes.push({
              path: `${answerPath}.indicates`,
              message: `"${String(sign)}" is not an indication; it was ignored. Use ${INDICATIONS.join(', ')}`,
            });
      }
      if (!crisis && indicates === undefined && !isRecord(weights))
        return { path: `${answerPath}.weights`, message: 'is missing: give "weights" or "indicates"' };
      if (isRecord(weights))
        for (const key of ['therapy', 'coaching'])
          if (!isNumberOrAbsent(weights[key])) return { path: `${answerPath}.weights.${key}`, message: 'must be a number' };
    }
  }
  if (!isRecord(strings)) return { path: 'strings', message: 'must be an object of strings' };
  if (!isNumberOrAbsent(threshold)) return { path: 'threshold', message: 'must be a number' };
  if (!isNumberOrAbsent(margin)) return { path: 'margin', message: 'must be a number' };
  const valid = config as unknown as QuizConfig;
  if (!valid.questions.some((q) => q.answers.some(isCrisis)))
    notes.push({
      path: 'questions',
      message:
        'no answer leads to crisis help. Add an answer with "indicates": ["crisis"] (for example to "Are you having thoughts of suicide?"), so a visitor in crisis is shown help at once; the crisis line still shows on every screen',
    });
  return { config: valid, notes };
}
