import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';

const ui = {
  title: 'Therapy, coaching or both?',
  intro: 'Answer {total} short questions to see which support might suit you. It is a gentle guide, not a diagnosis, and your answers stay in your browser.',
  crisisLine: 'In crisis or thinking about harming yourself? Call or text {crisis}. In an emergency, call {emergency}.',
  start: 'Start',
  progress: 'Question {n} of {total}',
  next: 'Next',
  finish: 'See my result',
  back: 'Back',
  choose: 'Please choose an answer to continue.',
  youSaid: 'You told us:',
  firstStep: 'A good first step',
  note: 'This is a guide, not a diagnosis. Reaching out is a sign of strength.',
  restart: 'Start again',
  therapyHeading: 'Therapy may be the place to start',
  therapyWhy: 'Therapy focuses on healing: a safe space to work through what hurts, including how the past shapes how you feel today.',
  therapyStep: 'A first conversation with a therapist, to share what is going on, ask questions and see if it feels right.',
  therapyLabel: 'Book a therapy consultation',
  coachingHeading: 'Coaching might be the right fit',
  coachingWhy: 'You seem fairly steady, with a goal in mind. Coaching looks ahead: a coach helps you clarify goals, get past obstacles and follow a plan, with structure and accountability.',
  coachingStep: 'A short talk with a coach about what you want to change and what progress would look like.',
  coachingLabel: 'Book a coaching consultation',
  bothHeading: 'Therapy and coaching could work well together',
  bothWhy: 'You have something to heal and a goal to reach. Many people see a therapist for emotional healing and a coach for structure and accountability.',
  bothStep: 'A consultation to decide where to start; some practitioners blend the two.',
  bothLabel: 'Book a consultation',
  consultationHeading: 'A short conversation could bring clarity',
  consultationWhy: "Your answers don't point clearly one way, and that is fine. A short conversation with a provider can give you clarity and save time.",
  consultationStep: 'A consultation to talk through your options, with no pressure and no judgment.',
  consultationLabel: 'Book a consultation',
  crisisHeading: 'You deserve support right now',
  crisisText: "You don't have to face this alone. Someone is ready to listen, day or night.",
  crisisCall: 'Call {number}',
  crisisSms: 'Text {number}',
  crisisEmergency: 'Emergency: call {number}',
  crisisClinic: 'Call the clinic: {number}',
  crisisNote: '9-8-8 reaches the Suicide Crisis Helpline in Canada and the 988 Lifeline in the US, free, 24 hours a day.',
};

/** Every visible string of the quiz (overridable through `strings`). */
export type QuizStrings = Record<keyof typeof ui, string>;

/** One language: the interface strings and the default questions as `[question, ...answers]`. */
export interface QuizText {
  ui: QuizStrings;
  questions: string[][];
}

/** Strings and default content per language. The ids and weights live in the logic file. */
export const STRINGS: Localized<QuizText> = deepFreeze({
  en: {
    ui,
    questions: [
      [
        'How have you been feeling lately?',
        'Mostly steady and well',
        'Stressed at times, but coping',
        'Anxious, low or overwhelmed much of the time',
        'Not safe, or thinking about harming myself',
      ],
      [
        'What is bringing you here?',
        'Something painful: a loss, a trauma or a big life change',
        'A goal: a career change, leading a team, better habits or a new business',
        'Something painful and a goal I want to reach',
        "I'm not sure yet",
      ],
      [
        'Is how you feel affecting your sleep, work or relationships?',
        'Yes, my sleep, work or relationships are suffering',
        'A little',
        'Not really',
      ],
      [
        'Does the past weigh on how you feel today?',
        'Yes, the past still weighs on me',
        'Sometimes',
        "I'm mostly focused on what's ahead",
      ],
      [
        'When you feel stuck, do you know why?',
        "I feel stuck and I don't understand why",
        'I know what is in my way and I want a plan',
        "I don't feel stuck",
      ],
      [
        'What kind of support sounds most helpful right now?',
        'A safe space to talk things through and heal',
        'Structure, homework and someone to keep me accountable',
        'Both: healing and a push forward',
        "I'm not sure",
      ],
    ],
  },
});
