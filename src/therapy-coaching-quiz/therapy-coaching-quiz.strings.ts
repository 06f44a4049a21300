import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';

const ui = {
  title: 'Therapy, coaching or both?',
  intro: 'Answer {total} short questions to see which support might suit you. It is a gentle guide, not a diagnosis, and your answers stay in your browser.',
  crisisLine: 'In crisis or thinking about harming yourself? Call or text {crisis}. In an emergency, call {emergency}.',
  start: 'Start',
  progress: 'Question {n} of {total}',
  next: 'Next',
  back: 'Back',
  youSaid: 'You answered: “{answer}”.',
  firstStep: 'A good first step',
  note: 'This is a guide, not a diagnosis. Reaching out is a sign of strength.',
  restart: 'Start again',
  therapyHeading: 'Therapy may be the place to start',
  therapyWhy: 'Therapy focuses on healing: a safe space to work through what hurts and how the past shapes today.',
  therapyStep: 'A first talk with a therapist, to ask questions and see if it feels right.',
  therapyLabel: 'Book a therapy consultation',
  coachingHeading: 'Coaching might be the right fit',
  coachingWhy: 'Coaching looks ahead: a coach helps you clarify a goal, get past obstacles and keep to a plan.',
  coachingStep: 'A short talk with a coach about what you want to change.',
  coachingLabel: 'Book a coaching consultation',
  bothHeading: 'Therapy and coaching could work well together',
  bothWhy: 'Many people see a therapist for healing and a coach for structure and accountability.',
  bothStep: 'A consultation to decide where to start; some practitioners blend the two.',
  bothLabel: 'Book a consultation',
  consultationHeading: 'A short conversation could bring clarity',
  consultationWhy: 'Your answers don’t point clearly one way, and that is fine. A provider can help you decide.',
  consultationStep: 'A consultation to talk through your options: no pressure, no judgment.',
  consultationLabel: 'Book a consultation',
  crisisHeading: 'You deserve support right now',
  crisisText: 'You don’t have to face this alone. 9-8-8 reaches the Suicide Crisis Helpline in Canada and the 988 Lifeline in the US, free, day or night.',
  crisisCall: 'Call {number}',
  crisisSms: 'Text {number}',
  crisisEmergency: 'Emergency: call {number}',
  crisisClinic: 'Call the clinic: {number}',
  /** The result screen's booking button: its phone line and the new-tab note read by screen readers. */
  phone: 'Call {phone}',
  newTab: '(opens in a new tab)',
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
        'What brings you here?',
        'Something painful: a loss, a trauma or a big change',
        'A goal: a new career, leadership, habits or a business',
        'Something painful and a goal',
        'I’m not sure yet',
      ],
      [
        'Is how you feel affecting your sleep, work or relationships?',
        'Yes, my sleep, work or relationships suffer',
        'A little',
        'Not really',
      ],
      ['Does the past weigh on how you feel today?', 'Yes, the past still weighs on me', 'Sometimes', 'I’m focused on what’s ahead'],
      ['When you feel stuck, do you know why?', 'I feel stuck and don’t know why', 'I know what is in my way and want a plan', 'I don’t feel stuck'],
      [
        'What kind of support sounds most helpful?',
        'A safe space to talk and heal',
        'Structure, homework and accountability',
        'Both: healing and a push forward',
        'I’m not sure',
      ],
    ],
  },
  fr: {
    ui: {
      title: 'Thérapie, coaching ou les deux?',
      intro: 'Répondez à {total} courtes questions pour voir quel soutien pourrait vous convenir. C’est un guide bienveillant, pas un diagnostic, et vos réponses restent dans votre navigateur.',
      crisisLine: 'En crise ou vous pensez à vous faire du mal? Appelez ou textez le {crisis}. En cas d’urgence, composez le {emergency}.',
      start: 'Commencer',
      progress: 'Question {n} sur {total}',
      next: 'Suivant',
      back: 'Retour',
      youSaid: 'Vous avez répondu\u00a0: «\u00a0{answer}\u00a0».',
      firstStep: 'Une bonne première étape',
      note: 'C’est un guide, pas un diagnostic. Demander de l’aide est un signe de force.',
      restart: 'Recommencer',
      therapyHeading: 'La thérapie pourrait être un bon point de départ',
      therapyWhy: 'La thérapie vise la guérison\u00a0: un espace sûr pour travailler sur ce qui fait mal et sur le poids du passé dans votre présent.',
      therapyStep: 'Un premier échange avec un ou une thérapeute, pour poser vos questions et voir si cela vous convient.',
      therapyLabel: 'Consultation en thérapie',
      coachingHeading: 'Le coaching pourrait vous convenir',
      coachingWhy: 'Le coaching regarde vers l’avenir\u00a0: un ou une coach vous aide à préciser un objectif, à surmonter les obstacles et à suivre un plan.',
      coachingStep: 'Un court échange avec un ou une coach sur ce que vous voulez changer.',
      coachingLabel: 'Consultation en coaching',
      bothHeading: 'La thérapie et le coaching pourraient bien se compléter',
      bothWhy: 'Beaucoup de gens consultent un thérapeute pour la guérison et un coach pour la structure et la responsabilisation.',
      bothStep: 'Une consultation pour choisir par où commencer; certains intervenants combinent les deux.',
      bothLabel: 'Prendre rendez-vous',
      consultationHeading: 'Une courte conversation pourrait vous éclairer',
      consultationWhy: 'Vos réponses n’indiquent pas clairement une direction, et c’est tout à fait normal. Un intervenant peut vous aider à décider.',
      consultationStep: 'Une consultation pour parler de vos options, sans pression et sans jugement.',
      consultationLabel: 'Prendre rendez-vous',
      crisisHeading: 'Vous méritez du soutien dès maintenant',
      crisisText: 'Vous n’avez pas à traverser cela sans aide. Le 9-8-8 joint la Ligne d’aide en cas de crise de suicide au Canada et le 988 Lifeline aux États-Unis, gratuitement, 24 heures sur 24.',
      crisisCall: 'Appeler le {number}',
      crisisSms: 'Texter le {number}',
      crisisEmergency: 'Urgence\u00a0: appeler le {number}',
      crisisClinic: 'Appeler la clinique\u00a0: {number}',
      phone: 'Appeler le {phone}',
      newTab: '(s’ouvre dans un nouvel onglet)',
    },
    questions: [
      [
        'Comment vous sentez-vous ces temps-ci?',
        'Plutôt stable et bien',
        'Du stress par moments, mais je tiens le coup',
        'De l’anxiété, de la tristesse ou un trop-plein la plupart du temps',
        'Pas en sécurité, ou je pense à me faire du mal',
      ],
      [
        'Qu’est-ce qui vous amène ici?',
        'Quelque chose de douloureux\u00a0: une perte, un traumatisme ou un grand changement',
        'Un objectif\u00a0: une nouvelle carrière, le leadership, des habitudes ou une entreprise',
        'Quelque chose de douloureux et un objectif',
        'Je ne sais pas encore',
      ],
      [
        'Ce que vous ressentez nuit-il à votre sommeil, à votre travail ou à vos relations?',
        'Oui, mon sommeil, mon travail ou mes relations en souffrent',
        'Un peu',
        'Pas vraiment',
      ],
      ['Le passé pèse-t-il sur ce que vous ressentez aujourd’hui?', 'Oui, le passé pèse encore sur moi', 'Parfois', 'Je regarde vers l’avenir'],
      ['Quand vous vivez un blocage, savez-vous pourquoi?', 'Je vis un blocage sans savoir pourquoi', 'Je sais ce qui me freine et je veux un plan', 'Je ne vis pas de blocage'],
      [
        'Quel soutien vous semble le plus utile?',
        'Un espace sûr pour parler et guérir',
        'De la structure, des exercices et de l’aide pour tenir mes engagements',
        'Les deux\u00a0: guérir et avancer',
        'Je ne sais pas',
      ],
    ],
  },
});
