/**
 * Every answer path through a quiz, and what each recommends: for the path-enumeration test and
 * `npm run quiz:paths` (the outcome table in docs/therapy-coaching-quiz.md). Not part of the kit.
 */
import { isCrisis, recommend, supportingAnswer, type QuizConfig, type QuizRecommendation } from './therapy-coaching-quiz.logic.js';

export interface QuizPath {
  /** The chosen answer's index on each question answered (a crisis answer ends the path). */
  chosen: number[];
  recommendation: QuizRecommendation;
  /** The answer quoted on the result ("You answered: …"), if any. */
  quoted?: string;
}

/** Walks every path a visitor can take, as the quiz does: a crisis answer ends it at once. */
export function allPaths(config: QuizConfig): QuizPath[] {
  const paths: QuizPath[] = [];
  const walk = (chosen: number[]) => {
    const index = chosen.length;
    const last = chosen.length ? config.questions[index - 1].answers[chosen[index - 1]] : undefined;
    if (index === config.questions.length || isCrisis(last)) {
      const recommendation = recommend(config, chosen);
      const quoted = recommendation === 'crisis' ? undefined : supportingAnswer(config, chosen, recommendation);
      paths.push({ chosen, recommendation, quoted });
      return;
    }
    config.questions[index].answers.forEach((_answer, i) => walk([...chosen, i]));
  };
  walk([]);
  return paths;
}

/** How many paths end on each recommendation. */
export function distribution(paths: readonly QuizPath[]): Record<QuizRecommendation, number> {
  const counts: Record<QuizRecommendation, number> = { therapy: 0, coaching: 0, both: 0, consultation: 0, crisis: 0 };
  for (const path of paths) counts[path.recommendation]++;
  return counts;
}
