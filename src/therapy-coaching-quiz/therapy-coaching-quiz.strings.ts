import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';
import type { QuizWording } from './therapy-coaching-quiz.logic.js';

/**
 * Every visible string of the quiz's screens, keyed by id (overridable through `strings`).
 * `_one`/`_other` pairs are plural forms, chosen with `Intl.PluralRules`.
 */
export interface QuizStrings {
  readonly [key: string]: string;
  title: string;
  intro_one: string;
  intro_other: string;
  /** The crisis line on every screen: `{reach}` is `callOrText`, or `callOnly` when the crisis line takes no texts. */
  crisisLine: string;
  callOrText: string;
  callOnly: string;
  start: string;
  progress: string;
  next: string;
  back: string;
  youSaid: string;
  firstStep: string;
  note: string;
  restart: string;
  therapyHeading: string;
  therapyWhy: string;
  therapyStep: string;
  therapyLabel: string;
  coachingHeading: string;
  coachingWhy: string;
  coachingStep: string;
  coachingLabel: string;
  bothHeading: string;
  bothWhy: string;
  bothStep: string;
  bothLabel: string;
  consultationHeading: string;
  consultationWhy: string;
  consultationStep: string;
  consultationLabel: string;
  /** The crisis screen. */
  crisisHeading: string;
  crisisText: string;
  /** The default crisis line's name and hours (9-8-8); another `crisis-phone` needs its own `crisis-name`. */
  crisisName: string;
  crisisHours: string;
  crisisCall: string;
  crisisSms: string;
  crisisEmergency: string;
  crisisClinic: string;
  /** "Call the clinic" when the clinic's phone hours are given. */
  crisisClinicHours: string;
  /** Shown at once, under the safety question, when its crisis answer is chosen. */
  crisisNow: string;
  /** The result's first block when the visitor would rather not say whether they are safe. */
  safetyHeading: string;
  safetyText: string;
  /** The note for young people (`youth`). */
  youth: string;
  /** The result screen's booking button: its phone line and the new-tab note read by screen readers. */
  phone: string;
  newTab: string;
}

/** One language: the screens' strings and the default questions' wording, by question and answer id. */
export interface QuizText {
  ui: QuizStrings;
  questions: QuizWording;
}

const en: QuizText = {
  ui: {
    title: 'Therapy, coaching or both?',
    intro_one: 'Answer {total} short question to see which support might suit you. It is a gentle guide, not a diagnosis, and your answers stay in your browser.',
    intro_other: 'Answer {total} short questions to see which support might suit you. It is a gentle guide, not a diagnosis, and your answers stay in your browser.',
    crisisLine: 'Thinking about suicide, or not safe? {reach}, any time. In an emergency, call {emergency}.',
    callOrText: 'Call or text {crisis}',
    callOnly: 'Call {crisis}',
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
    coachingWhy: 'Coaching is focused on future outcomes: a coach helps you clarify a goal, get past obstacles and keep to a plan.',
    coachingStep: 'A short talk with a coach about what you want to change.',
    coachingLabel: 'Book a coaching consultation',
    bothHeading: 'Therapy and coaching could work well together',
    bothWhy: 'Therapy can help with what hurts, and coaching with your goal. Many people see a therapist for healing and a coach for structure and accountability; starting with therapy is often wise.',
    bothStep: 'A consultation to decide where to start; some practitioners blend the two.',
    bothLabel: 'Book a consultation',
    consultationHeading: 'A short conversation could bring clarity',
    consultationWhy: 'Your answers don’t point clearly one way, and that is fine. A provider can help you decide.',
    consultationStep: 'A consultation to talk through your options: no pressure, no judgment.',
    consultationLabel: 'Book a consultation',
    crisisHeading: 'You deserve support right now',
    crisisText: 'If you are thinking about suicide or don’t feel safe, please reach out now. You don’t have to face this alone.',
    crisisName: '9-8-8: the Suicide Crisis Helpline in Canada and the 988 Suicide & Crisis Lifeline in the US',
    crisisHours: 'Free, any time, day or night.',
    crisisCall: 'Call {number}',
    crisisSms: 'Text {number}',
    crisisEmergency: 'Emergency: call\u00a0{number}',
    crisisClinic: 'Call the clinic: {number}',
    crisisClinicHours: 'Call the clinic: {number} ({hours})',
    crisisNow: 'Thank you for telling us. Please reach out now: you can talk to someone any time.',
    safetyHeading: 'Support is here whenever you need it',
    safetyText: 'If you are having thoughts of suicide or don’t feel safe, you can reach someone any time.',
    youth: 'Under 18? Kids Help Phone is there any time: call {phone} or text {sms}. You can also ask the clinic about counselling for under-18s.',
    phone: 'Call {phone}',
    newTab: '(opens in a new tab)',
  },
  questions: {
    feeling: {
      text: 'How have you been feeling lately?',
      answers: {
        steady: 'Mostly steady and well',
        coping: 'Stressed at times, but coping',
        distressed: 'Anxious, low or overwhelmed much of the time',
      },
    },
    safety: {
      text: 'We ask everyone: are you having thoughts of suicide or of harming yourself, or do you feel unsafe right now?',
      answers: { no: 'No', yes: 'Yes', private: 'I’d rather not say' },
    },
    reason: {
      text: 'What brings you here?',
      answers: {
        pain: 'Something painful: a loss, a trauma or a big change',
        goal: 'A goal: a new career, leadership, habits or a business',
        painAndGoal: 'Something painful and a goal',
        unsure: 'I’m not sure yet',
      },
    },
    impact: {
      text: 'Is how you feel affecting your sleep, work or relationships?',
      answers: { yes: 'Yes, my sleep, work or relationships suffer', little: 'A little', no: 'Not really' },
    },
    past: {
      text: 'Does the past weigh on how you feel today?',
      answers: { weighs: 'Yes, the past still weighs on me', sometimes: 'Sometimes', ahead: 'I’m focused on what’s ahead' },
    },
    stuck: {
      text: 'When you feel stuck, do you know why?',
      answers: {
        unknown: 'I feel stuck and don’t know why',
        plan: 'I know what is in my way and want a plan',
        notStuck: 'I don’t feel stuck',
      },
    },
    support: {
      text: 'What kind of support sounds most helpful?',
      answers: {
        heal: 'A safe space to talk and heal',
        structure: 'Structure, homework and accountability',
        both: 'Both: healing and a push forward',
        unsure: 'I’m not sure',
      },
    },
  },
};

const fr: QuizText = {
  ui: {
    title: 'Thérapie, coaching ou les deux?',
    intro_one: 'Répondez à {total} courte question pour voir quel soutien pourrait vous convenir. C’est un guide bienveillant, pas un diagnostic, et vos réponses restent dans votre navigateur.',
    intro_other: 'Répondez à {total} courtes questions pour voir quel soutien pourrait vous convenir. C’est un guide bienveillant, pas un diagnostic, et vos réponses restent dans votre navigateur.',
    crisisLine: 'Vous pensez au suicide ou vous ne vous sentez pas en sécurité? {reach}, en tout temps. En cas d’urgence, composez le {emergency}.',
    callOrText: 'Appelez ou textez le {crisis}',
    callOnly: 'Appelez le {crisis}',
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
    therapyLabel: 'Réserver une consultation en thérapie',
    coachingHeading: 'Le coaching pourrait vous convenir',
    coachingWhy: 'Le coaching est axé sur les résultats à venir\u00a0: un ou une coach vous aide à préciser un objectif, à surmonter les obstacles et à suivre un plan.',
    coachingStep: 'Un court échange avec un ou une coach sur ce que vous voulez changer.',
    coachingLabel: 'Réserver une consultation en coaching',
    bothHeading: 'La thérapie et le coaching pourraient bien se compléter',
    bothWhy: 'La thérapie peut vous aider avec ce qui fait mal, et le coaching avec votre objectif. Beaucoup de gens consultent un ou une thérapeute pour la guérison et un ou une coach pour l’encadrement et le suivi; commencer par la thérapie est souvent sage.',
    bothStep: 'Une consultation pour choisir par où commencer; certains intervenants combinent les deux.',
    bothLabel: 'Réserver une consultation',
    consultationHeading: 'Une courte conversation pourrait vous éclairer',
    consultationWhy: 'Vos réponses n’indiquent pas clairement une direction, et c’est tout à fait normal. Un intervenant ou une intervenante peut vous aider à décider.',
    consultationStep: 'Une consultation pour parler de vos options, sans pression et sans jugement.',
    consultationLabel: 'Réserver une consultation',
    crisisHeading: 'Vous méritez du soutien dès maintenant',
    crisisText: 'Si vous pensez au suicide ou si vous ne vous sentez pas en sécurité, tendez la main dès maintenant. Vous n’avez pas à traverser cela seul ou seule.',
    crisisName: '9-8-8\u00a0: la Ligne d’aide en cas de crise de suicide au Canada et le 988 Suicide & Crisis Lifeline aux États-Unis',
    crisisHours: 'Gratuit, en tout temps, jour et nuit.',
    crisisCall: 'Appeler le {number}',
    crisisSms: 'Texter le {number}',
    crisisEmergency: 'Urgence\u00a0: appeler le\u00a0{number}',
    crisisClinic: 'Appeler la clinique\u00a0: {number}',
    crisisClinicHours: 'Appeler la clinique\u00a0: {number} ({hours})',
    crisisNow: 'Merci de nous le dire. Tendez la main dès maintenant\u00a0: quelqu’un peut vous parler en tout temps.',
    safetyHeading: 'Du soutien est là quand vous en avez besoin',
    safetyText: 'Si vous pensez au suicide ou si vous ne vous sentez pas en sécurité, vous pouvez joindre quelqu’un en tout temps.',
    youth: 'Moins de 18 ans? Jeunesse, J’écoute est là en tout temps\u00a0: appelez le {phone} ou textez le {sms}. Vous pouvez aussi demander à la clinique si elle offre du counseling aux moins de 18 ans.',
    phone: 'Appeler le {phone}',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
  questions: {
    feeling: {
      text: 'Comment vous sentez-vous ces temps-ci?',
      answers: {
        steady: 'Plutôt stable et bien',
        coping: 'Du stress par moments, mais je tiens le coup',
        distressed: 'De l’anxiété, de la tristesse ou l’impression de ne plus y arriver, la plupart du temps',
      },
    },
    safety: {
      text: 'Nous le demandons à tout le monde\u00a0: avez-vous des pensées suicidaires ou l’idée de vous faire du mal, ou vous sentez-vous en danger en ce moment?',
      answers: { no: 'Non', yes: 'Oui', private: 'Je préfère ne pas répondre' },
    },
    reason: {
      text: 'Qu’est-ce qui vous amène ici?',
      answers: {
        pain: 'Quelque chose de douloureux\u00a0: une perte, un traumatisme ou un grand changement',
        goal: 'Un objectif\u00a0: une nouvelle carrière, le leadership, des habitudes ou une entreprise',
        painAndGoal: 'Quelque chose de douloureux et un objectif',
        unsure: 'Je ne sais pas encore',
      },
    },
    impact: {
      text: 'Ce que vous ressentez nuit-il à votre sommeil, à votre travail ou à vos relations?',
      answers: { yes: 'Oui, mon sommeil, mon travail ou mes relations en souffrent', little: 'Un peu', no: 'Pas vraiment' },
    },
    past: {
      text: 'Le passé pèse-t-il sur ce que vous ressentez aujourd’hui?',
      answers: { weighs: 'Oui, le passé pèse encore sur moi', sometimes: 'Parfois', ahead: 'Je regarde vers l’avenir' },
    },
    stuck: {
      text: 'Quand vous vivez un blocage, savez-vous pourquoi?',
      answers: {
        unknown: 'Je vis un blocage sans savoir pourquoi',
        plan: 'Je sais ce qui me freine et je veux un plan',
        notStuck: 'Je ne vis pas de blocage',
      },
    },
    support: {
      text: 'Quel soutien vous semble le plus utile?',
      answers: {
        heal: 'Un espace sûr pour parler et guérir',
        structure: 'De la structure, des exercices et un suivi',
        both: 'Les deux\u00a0: guérir et avancer',
        unsure: 'Je ne sais pas',
      },
    },
  },
};

/** Strings and default content per language. What each answer indicates lives in the logic file. */
export const STRINGS: Localized<QuizText> = deepFreeze({ en, fr });
/** The screens' strings alone, per language (what `strings` overrides). */
export const UI: Localized<QuizStrings> = { en: en.ui, fr: fr.ui };
