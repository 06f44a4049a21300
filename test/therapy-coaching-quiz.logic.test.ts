import { expect } from '@open-wc/testing';
import { decide, defaultQuiz, score, strongest, validate, type QuizConfig } from '../src/therapy-coaching-quiz/therapy-coaching-quiz.logic.js';
import { STRINGS } from '../src/therapy-coaching-quiz/therapy-coaching-quiz.strings.js';
import { PATHS } from './support/quiz-paths.js';

const quiz = defaultQuiz(STRINGS.en.questions);


describe('therapy-coaching-quiz logic', () => {
  describe('default quiz', () => {
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

    it('has exactly one crisis answer, on the first question, with no weights', () => {
      const crisis = quiz.questions.flatMap((q, i) => q.answers.filter((a) => a.crisis).map((a) => ({ i, a })));
      expect(crisis).to.have.length(1);
      expect(crisis[0].i).to.equal(0);
      expect(crisis[0].a.weights).to.equal(undefined);
      expect(crisis[0].a.text).to.match(/not safe|harming/i);
    });

    it('is valid by its own validator', () => {
      expect(validate(JSON.parse(JSON.stringify(quiz)))).to.be.an('object');
    });

    it('keeps its wording in the strings table: the same text in, the same text out', () => {
      const text = quiz.questions.map((q) => [q.text, ...q.answers.map((a) => a.text)]);
      expect(text).to.deep.equal(STRINGS.en.questions);
      expect(Object.isFrozen(STRINGS.en.questions[0])).to.equal(true);
    });
  });

  describe('score', () => {
    it('sums the weights of the chosen answers and ignores unanswered questions', () => {
      expect(score(quiz.questions, [...PATHS.therapy])).to.deep.equal({ therapy: 14, coaching: 0 });
      expect(score(quiz.questions, [...PATHS.coaching])).to.deep.equal({ therapy: 0, coaching: 12 });
      expect(score(quiz.questions, [...PATHS.both])).to.deep.equal({ therapy: 7, coaching: 7 });
      expect(score(quiz.questions, [1, null, undefined])).to.deep.equal({ therapy: 1, coaching: 1 });
      expect(score(quiz.questions, [])).to.deep.equal({ therapy: 0, coaching: 0 });
    });
  });

  describe('strongest', () => {
    it('is the chosen answer with the most points for the outcome (both sides for both), if it has 2 or more', () => {
      const [q, text] = [quiz.questions, STRINGS.en.questions];
      expect(strongest(q, [...PATHS.therapy], 'therapy')).to.equal(text[0][3]);
      expect(strongest(q, [...PATHS.coaching], 'coaching')).to.equal(text[1][2]);
      expect(strongest(q, [...PATHS.both], 'both')).to.equal(text[1][3]);
      expect(strongest(q, [...PATHS.both], 'coaching'), 'the first of equals').to.equal(text[1][3]);
      expect(strongest(q, [...PATHS.consultation], 'therapy'), 'only 1-point answers').to.equal(undefined);
      expect(strongest(q, [...PATHS.therapy], 'consultation')).to.equal(undefined);
      expect(strongest(q, [null, 0], 'therapy')).to.equal(text[1][1]);
      expect(strongest(q, [], 'both')).to.equal(undefined);
    });
  });

  describe('decide (threshold 4, margin 3)', () => {
    const cases: [number, number, string][] = [
      [14, 0, 'therapy'],
      [4, 1, 'therapy'],
      [7, 4, 'therapy'],
      [0, 12, 'coaching'],
      [1, 4, 'coaching'],
      [4, 7, 'coaching'],
      [7, 7, 'both'],
      [4, 4, 'both'],
      [6, 4, 'both'],
      [4, 6, 'both'],
      [0, 0, 'consultation'],
      [3, 3, 'consultation'],
      [3, 0, 'consultation'],
      [4, 2, 'consultation'],
      [2, 4, 'consultation'],
    ];
    for (const [therapy, coaching, expected] of cases) {
      it(`therapy ${therapy}, coaching ${coaching} → ${expected}`, () => {
        expect(decide({ therapy, coaching })).to.equal(expected);
      });
    }

    it('uses a config threshold and margin', () => {
      expect(decide({ therapy: 2, coaching: 0 }, 2, 2)).to.equal('therapy');
      expect(decide({ therapy: 2, coaching: 1 }, 2, 2)).to.equal('consultation');
      expect(decide({ therapy: 10, coaching: 5 }, 4, 6)).to.equal('both');
    });

    it('sends each default path where it says', () => {
      for (const [outcome, path] of Object.entries(PATHS)) {
        expect(decide(score(quiz.questions, [...path])), outcome).to.equal(outcome);
      }
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

    it('returns a valid config as it is', () => {
      const config = good();
      expect(validate(config)).to.equal(config);
      expect(validate({ questions: good().questions })).to.be.an('object');
    });

    const bad: [string, (c: Config) => unknown][] = [
      ['config', () => null],
      ['config', () => []],
      ['config', () => 'quiz'],
      ['questions', (c) => ({ ...c, questions: undefined })],
      ['questions', (c) => ({ ...c, questions: [] })],
      ['questions', (c) => ({ ...c, questions: {} })],
      ['questions[1]', (c) => ((c.questions[1] as unknown) = 'x', c)],
      ['questions[0].id', (c) => ((c.questions[0].id as unknown) = 3, c)],
      ['questions[1].id', (c) => ((c.questions[1].id = ' '), c)],
      ['questions[0].text', (c) => ((c.questions[0].text = ''), c)],
      ['questions[1].text', (c) => (delete (c.questions[1] as { text?: string }).text, c)],
      ['questions[0].answers', (c) => ((c.questions[0].answers = []), c)],
      ['questions[0].answers', (c) => ((c.questions[0].answers = [c.questions[0].answers[0]]), c)],
      ['questions[1].answers', (c) => ((c.questions[1].answers as unknown) = 'A, B', c)],
      ['questions[0].answers[1]', (c) => ((c.questions[0].answers[1] as unknown) = 'B', c)],
      ['questions[0].answers[2].text', (c) => ((c.questions[0].answers[2].text as unknown) = ['C'], c)],
      ['questions[1].answers[1].crisis', (c) => ((c.questions[1].answers[1].crisis as unknown) = 'yes', c)],
      ['questions[2].answers[1].weights', (c) => {
        c.questions.push({ id: 'three', text: 'Third?', answers: [{ text: 'A', weights: {} }, { text: 'B' }] });
        return c;
      }],
      ['questions[1].answers[0].weights', (c) => ((c.questions[1].answers[0].weights as unknown) = [1, 2], c)],
      ['questions[0].answers[0].weights.therapy', (c) => ((c.questions[0].answers[0].weights!.therapy as unknown) = '2', c)],
      ['questions[0].answers[1].weights.coaching', (c) => ((c.questions[0].answers[1].weights!.coaching = NaN), c)],
      ['questions[0].answers[1].weights.coaching', (c) => ((c.questions[0].answers[1].weights!.coaching = Infinity), c)],
      ['strings', (c) => ({ ...c, strings: 'Therapy' })],
      ['threshold', (c) => ({ ...c, threshold: '4' })],
      ['margin', (c) => ({ ...c, margin: null })],
    ];
    for (const [path, make] of bad) {
      it(`reports ${path} for ${JSON.stringify(make(good())) ?? 'undefined'}`.slice(0, 160), () => {
        expect(validate(make(good()))).to.equal(path);
      });
    }

    it('reports the first bad path when there are several', () => {
      const c = good();
      (c.questions[0].answers[1] as { text: unknown }).text = 1;
      (c.questions[1] as { id: unknown }).id = null;
      expect(validate(c)).to.equal('questions[0].answers[1].text');
    });
  });
});
