import { expect } from '@open-wc/testing';
import {
  DEFAULT_QUIZ,
  THERAPY_SIGNS,
  decideByRules,
  decideByWeights,
  defaultQuiz,
  indicationsOf,
  recommend,
  score,
  supportingAnswer,
  undisclosed,
  validate,
  type Indication,
  type QuizAnswer,
  type QuizConfig,
} from '../src/therapy-coaching-quiz/therapy-coaching-quiz.logic.js';
import { allPaths, distribution } from '../src/therapy-coaching-quiz/therapy-coaching-quiz.paths.js';
import { STRINGS } from '../src/therapy-coaching-quiz/therapy-coaching-quiz.strings.js';
import { CRISIS, PATHS, UNDISCLOSED } from './support/quiz-paths.js';

const LANGS = { en: defaultQuiz(STRINGS.en.questions), fr: defaultQuiz(STRINGS.fr!.questions) };
const quiz = LANGS.en;
const has = (answer: QuizAnswer, sign: Indication) => indicationsOf(answer).includes(sign);

/**
 * What each indication's answers must say, in each language: a reworded, reordered or swapped
 * answer whose text no longer says what its rule assumes fails here.
 */
const MEANS: Partial<Record<Indication, Record<'en' | 'fr', RegExp>>> = {
  distress: { en: /anxious|low|overwhelmed/i, fr: /anxiété|tristesse|ne plus y arriver/i },
  pain: { en: /painful|loss|trauma/i, fr: /douloureux|perte|traumatisme/i },
  impact: { en: /sleep, work or relationships suffer/i, fr: /en souffrent/i },
  stuck: { en: /stuck and don’t know why/i, fr: /blocage sans savoir pourquoi/i },
  past: { en: /past still weighs/i, fr: /passé pèse/i },
  healing: { en: /heal/i, fr: /guérir/i },
  goal: { en: /goal|plan/i, fr: /objectif|plan/i },
  structure: { en: /structure|plan|push forward/i, fr: /structure|plan|avancer/i },
  crisis: { en: /^yes$/i, fr: /^oui$/i },
  undisclosed: { en: /rather not say/i, fr: /préfère ne pas répondre/i },
};

describe('therapy-coaching-quiz logic', () => {
  describe('the default quiz', () => {
    it('has 5 to 8 questions of 2 to 4 answers, every one with text, and unique ids', () => {
      const { questions } = quiz;
      expect(questions.length).to.be.within(5, 8);
      expect(new Set(questions.map((q) => q.id)).size).to.equal(questions.length);
      for (const q of questions) {
        expect(q.text).to.be.a('string').and.not.empty;
        expect(q.answers.length).to.be.within(2, 4);
        for (const a of q.answers) expect(a.text, q.id).to.be.a('string').and.not.empty;
      }
    });

    it('asks every visitor about safety, once, early: suicide named plainly, with No, Yes and I’d rather not say', () => {
      for (const [lang, { questions }] of Object.entries(LANGS)) {
        const safety = questions.filter((q) => q.answers.some((a) => has(a, 'crisis')));
        expect(safety, lang).to.have.length(1);
        expect(questions.indexOf(safety[0]), `${lang}: the second question`).to.equal(1);
        expect(safety[0].text, lang).to.match(lang === 'en' ? /suicide/ : /suicidaires/);
        expect(safety[0].answers.map((a) => a.text), lang).to.deep.equal(
          lang === 'en' ? ['No', 'Yes', 'I’d rather not say'] : ['Non', 'Oui', 'Je préfère ne pas répondre'],
        );
        expect(safety[0].answers.map((a) => indicationsOf(a))).to.deep.equal([[], ['crisis'], ['undisclosed']]);
      }
    });

    it('keys its wording by question and answer id, in every language: no id without text, no text without an id', () => {
      for (const lang of ['en', 'fr'] as const) {
        const wording = STRINGS[lang]!.questions;
        expect(Object.keys(wording), lang).to.have.members(DEFAULT_QUIZ.map((q) => q.id));
        for (const { id, answers } of DEFAULT_QUIZ) {
          expect(Object.keys(wording[id].answers), `${lang} ${id}`).to.have.members(Object.keys(answers));
        }
      }
    });

    it('says in each answer’s words what its rule assumes (a reordered or swapped answer fails)', () => {
      for (const lang of ['en', 'fr'] as const) {
        for (const question of LANGS[lang].questions) {
          for (const answer of question.answers) {
            for (const sign of indicationsOf(answer)) {
              const means = MEANS[sign]?.[lang];
              if (means) expect(answer.text, `${lang} ${question.id}.${answer.id} indicates ${sign}`).to.match(means);
            }
          }
        }
      }
    });

    it('is valid by its own validator, with a crisis answer (no notes)', () => {
      const checked = validate(JSON.parse(JSON.stringify(quiz)));
      expect(checked).to.have.property('notes').that.deep.equals([]);
    });
  });

  describe('every path, in English and French', () => {
    for (const [lang, config] of Object.entries(LANGS)) {
      const paths = allPaths(config);
      const answersOf = (chosen: number[]) => chosen.map((pick, i) => config.questions[i].answers[pick]);

      it(`${lang}: every path ends, on one of the five screens`, () => {
        expect(paths.length).to.be.above(1000);
        for (const { recommendation } of paths) {
          expect(['therapy', 'coaching', 'both', 'consultation', 'crisis']).to.include(recommendation);
        }
      });

      it(`${lang}: a crisis answer ends on the crisis screen at once, and only a crisis answer does`, () => {
        for (const { chosen, recommendation } of paths) {
          const crisis = answersOf(chosen).some((a) => has(a, 'crisis'));
          expect(recommendation === 'crisis', chosen.join('-')).to.equal(crisis);
          if (crisis) expect(has(answersOf(chosen).at(-1)!, 'crisis'), 'the last answer given').to.equal(true);
        }
      });

      it(`${lang}: no distress, pain or other therapy answer leads to coaching alone: therapy, or both with a goal`, () => {
        for (const { chosen, recommendation } of paths) {
          const answers = answersOf(chosen);
          if (recommendation === 'crisis') continue;
          const therapy = answers.some((a) => THERAPY_SIGNS.some((sign) => has(a, sign)));
          const goal = answers.some((a) => has(a, 'goal'));
          if (therapy) expect(recommendation, chosen.join('-')).to.equal(goal ? 'both' : 'therapy');
        }
      });

      it(`${lang}: no path without a goal leads to coaching; a goal with no therapy answer does`, () => {
        for (const { chosen, recommendation } of paths) {
          const answers = answersOf(chosen);
          if (recommendation === 'crisis') continue;
          const therapy = answers.some((a) => THERAPY_SIGNS.some((sign) => has(a, sign)));
          const goal = answers.some((a) => has(a, 'goal'));
          if (!goal) expect(recommendation, chosen.join('-')).to.not.equal('coaching');
          if (goal && !therapy) expect(recommendation, chosen.join('-')).to.equal('coaching');
          if (!goal && !therapy) expect(recommendation, chosen.join('-')).to.equal('consultation');
        }
      });

      it(`${lang}: the quoted answer supports the result: a therapy answer for therapy, a goal for coaching, none for consultation`, () => {
        for (const { chosen, recommendation, quoted } of paths) {
          const answers = answersOf(chosen);
          const quote = answers.find((a) => a.text === quoted);
          const where = `${chosen.join('-')} → ${recommendation}: “${quoted}”`;
          if (recommendation === 'consultation' || recommendation === 'crisis') expect(quoted, where).to.equal(undefined);
          else expect(quote, where).to.exist;
          if (recommendation === 'therapy' || recommendation === 'both')
            expect(THERAPY_SIGNS.some((sign) => has(quote!, sign)), where).to.equal(true);
          if (recommendation === 'coaching') expect(has(quote!, 'goal'), where).to.equal(true);
          if (recommendation === 'coaching') expect(quote!.text, where).to.not.match(/painful|douloureux|steady|stable/i);
        }
      });
    }

    it('gives the same outcomes in English and French, path for path', () => {
      const en = allPaths(LANGS.en).map((p) => p.recommendation);
      const fr = allPaths(LANGS.fr).map((p) => p.recommendation);
      expect(fr).to.deep.equal(en);
    });

    it('reaches every outcome (the table in docs/therapy-coaching-quiz.md)', () => {
      const counts = distribution(allPaths(quiz));
      for (const outcome of ['therapy', 'coaching', 'both', 'consultation', 'crisis'] as const) expect(counts[outcome], outcome).to.be.above(0);
      expect(counts.therapy + counts.both, 'most paths touch something that hurts').to.be.above(counts.coaching);
    });

    it('sends the reviewer’s reported paths where the article says', () => {
      // Anxious; a goal; sleep, work or relationships suffer; goal answers after: never coaching.
      expect(recommend(quiz, [2, 0, 1, 0, 2, 1, 1])).to.equal('both');
      // Steady, then unsure about everything: no goal, so no coaching.
      expect(recommend(quiz, [0, 0, 3, 2, 1, 2, 3])).to.equal('consultation');
      // Bereaved (something painful), steady otherwise: therapy, quoting the loss, not "Mostly steady and well".
      expect(recommend(quiz, [0, 0, 0, 2, 2, 2, 1])).to.equal('therapy');
      expect(supportingAnswer(quiz, [0, 0, 0, 2, 2, 2, 1], 'therapy')).to.equal('Something painful: a loss, a trauma or a big change');
    });

    it('sends each shared test path where it says', () => {
      for (const [outcome, path] of Object.entries(PATHS)) expect(recommend(quiz, [...path]), outcome).to.equal(outcome);
      expect(recommend(quiz, [...CRISIS])).to.equal('crisis');
      expect(undisclosed(quiz, [...UNDISCLOSED])).to.equal(true);
      expect(recommend(quiz, [...UNDISCLOSED])).to.equal('coaching');
      expect(undisclosed(quiz, [...PATHS.coaching])).to.equal(false);
    });
  });

  describe('the rules (custom quizzes with indications)', () => {
    const answer = (...indicates: Indication[]): QuizAnswer => ({ text: indicates.join('+') || 'none', indicates });
    const cases: [Indication[][], string][] = [
      [[['crisis']], 'crisis'],
      [[['goal'], ['crisis']], 'crisis'],
      [[['distress']], 'therapy'],
      [[['distress'], ['goal']], 'both'],
      [[['pain', 'goal']], 'both'],
      [[['healing'], ['structure']], 'therapy'],
      [[['goal'], ['structure'], ['steady']], 'coaching'],
      [[['structure'], ['steady']], 'consultation'],
      [[['unsure'], ['undisclosed']], 'consultation'],
      [[[]], 'consultation'],
    ];
    for (const [answers, expected] of cases) {
      it(`${JSON.stringify(answers)} → ${expected}`, () => {
        expect(decideByRules(answers.map((signs) => answer(...signs)))).to.equal(expected);
      });
    }

    it('reads the older `crisis: true` as the crisis indication', () => {
      expect(decideByRules([{ text: 'Not safe', crisis: true }])).to.equal('crisis');
    });
  });

  describe('weights (custom quizzes without indications)', () => {
    const weighted: QuizConfig = {
      questions: [
        { id: 'a', text: 'A?', answers: [{ text: 'T', weights: { therapy: 4 } }, { text: 'C', weights: { coaching: 4 } }] },
        { id: 'b', text: 'B?', answers: [{ text: 'T2', weights: { therapy: 2 } }, { text: 'C2', weights: { coaching: 2 } }, { text: 'Help', crisis: true }] },
      ],
    };

    it('sums the weights of the chosen answers and ignores unanswered questions', () => {
      expect(score(weighted.questions, [0, 0])).to.deep.equal({ therapy: 6, coaching: 0 });
      expect(score(weighted.questions, [1, null])).to.deep.equal({ therapy: 0, coaching: 4 });
      expect(score(weighted.questions, [])).to.deep.equal({ therapy: 0, coaching: 0 });
    });

    const cases: [number, number, string][] = [
      [14, 0, 'therapy'],
      [4, 1, 'therapy'],
      [0, 12, 'coaching'],
      [1, 4, 'coaching'],
      [7, 7, 'both'],
      [4, 4, 'both'],
      [0, 0, 'consultation'],
      [3, 3, 'consultation'],
      [4, 2, 'consultation'],
    ];
    for (const [therapy, coaching, expected] of cases) {
      it(`therapy ${therapy}, coaching ${coaching} → ${expected} (threshold 4, margin 3)`, () => {
        expect(decideByWeights({ therapy, coaching })).to.equal(expected);
      });
    }

    it('uses a config threshold and margin, and ends on crisis for a crisis answer', () => {
      expect(decideByWeights({ therapy: 2, coaching: 0 }, 2, 2)).to.equal('therapy');
      expect(decideByWeights({ therapy: 10, coaching: 5 }, 4, 6)).to.equal('both');
      expect(recommend(weighted, [0, 0])).to.equal('therapy');
      expect(recommend(weighted, [1, 1])).to.equal('coaching');
      expect(recommend(weighted, [1, 2])).to.equal('crisis');
    });

    it('quotes the answer with the most points for the result, if it has 2 or more', () => {
      expect(supportingAnswer(weighted, [0, 0], 'therapy')).to.equal('T');
      expect(supportingAnswer(weighted, [1, 1], 'coaching')).to.equal('C');
      expect(supportingAnswer(weighted, [0, 0], 'consultation')).to.equal(undefined);
    });
  });

  describe('validate', () => {
    type Config = QuizConfig & Record<string, unknown>;
    const good = (): Config => ({
      questions: [
        {
          id: 'one',
          text: 'First?',
          answers: [
            { text: 'A', weights: { therapy: 2 } },
            { text: 'B', weights: { coaching: 2, therapy: 0 } },
            { text: 'C', crisis: true },
          ],
        },
        { id: 'two', text: 'Second?', answers: [{ text: 'A', weights: {} }, { text: 'B', crisis: false, weights: { coaching: -1 } }] },
      ],
      strings: { therapyHeading: 'Therapy' },
      threshold: 2,
      margin: 1,
    });

    it('returns a valid config as it is, with no notes', () => {
      const config = good();
      expect(validate(config)).to.deep.equal({ config, notes: [] });
      expect(validate({ questions: good().questions })).to.have.property('config');
    });

    it('accepts indications instead of weights, and notes an unknown one (it is ignored)', () => {
      const config = good();
      config.questions[1].answers = [
        { text: 'Sad', indicates: ['distress'] },
        { text: 'Goal', indicates: ['goal', 'happy' as Indication] },
      ];
      const checked = validate(config);
      expect(checked).to.have.property('config');
      expect((checked as { notes: { path: string; message: string }[] }).notes.map((n) => n.path)).to.deep.equal([
        'questions[1].answers[1].indicates',
      ]);
      expect(recommend(config, [1, 1])).to.equal('coaching');
    });

    it('notes a quiz with no crisis answer', () => {
      const config = good();
      delete config.questions[0].answers[2].crisis;
      config.questions[0].answers[2].weights = {};
      const checked = validate(config) as { notes: { path: string; message: string }[] };
      expect(checked.notes).to.have.length(1);
      expect(checked.notes[0].message).to.match(/no answer leads to crisis help.*"indicates": \["crisis"\]/);
    });

    const bad: [string, (c: Config) => unknown][] = [
      ['config', () => null],
      ['config', () => []],
      ['questions', (c) => ({ ...c, questions: [] })],
      ['questions[1]', (c) => ((c.questions[1] as unknown) = 'x', c)],
      ['questions[0].id', (c) => ((c.questions[0].id as unknown) = 3, c)],
      ['questions[0].text', (c) => ((c.questions[0].text = ''), c)],
      ['questions[0].answers', (c) => ((c.questions[0].answers = [c.questions[0].answers[0]]), c)],
      ['questions[0].answers[1]', (c) => ((c.questions[0].answers[1] as unknown) = 'B', c)],
      ['questions[0].answers[2].text', (c) => ((c.questions[0].answers[2].text as unknown) = ['C'], c)],
      ['questions[1].answers[1].crisis', (c) => ((c.questions[1].answers[1].crisis as unknown) = 'yes', c)],
      ['questions[1].answers[0].indicates', (c) => ((c.questions[1].answers[0].indicates as unknown) = 'goal', c)],
      ['questions[2].answers[1].weights', (c) => {
        c.questions.push({ id: 'three', text: 'Third?', answers: [{ text: 'A', weights: {} }, { text: 'B' }] });
        return c;
      }],
      ['questions[0].answers[0].weights.therapy', (c) => ((c.questions[0].answers[0].weights!.therapy as unknown) = '2', c)],
      ['questions[0].answers[1].weights.coaching', (c) => ((c.questions[0].answers[1].weights!.coaching = Infinity), c)],
      ['strings', (c) => ({ ...c, strings: 'Therapy' })],
      ['threshold', (c) => ({ ...c, threshold: '4' })],
      ['margin', (c) => ({ ...c, margin: null })],
    ];
    for (const [path, make] of bad) {
      it(`reports ${path} for ${JSON.stringify(make(good())) ?? 'undefined'}`.slice(0, 160), () => {
        expect(validate(make(good()))).to.have.property('path', path);
      });
    }
  });
});
