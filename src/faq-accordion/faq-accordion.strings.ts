import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';

/** Every visible string of `<faq-accordion>`; any key can be overridden with `strings`. */
export type FaqStrings = {
  expandAll: string;
  collapseAll: string;
  search: string;
  count: string;
  noMatch: string;
};

/** One question and its answer (text; a blank line starts a new paragraph). */
export interface FaqEntry {
  question: string;
  answer: string;
}

/** Strings and the built-in FAQs (from the therapy-vs-coaching article), per language. */
export const faqText: Localized<{ strings: FaqStrings; faqs: readonly FaqEntry[] }> = deepFreeze({
  en: {
    strings: {
      expandAll: 'Expand all',
      collapseAll: 'Collapse all',
      search: 'Search the questions',
      count: '{n} of {total} questions',
      noMatch: 'No questions match your search. Try other words.',
    },
    faqs: [
      {
        question: 'What’s the biggest difference between therapy and coaching?',
        answer:
          'Therapy focuses on healing emotional and psychological issues, often from past experiences. Coaching focuses on goals and personal development, for the future.',
      },
      {
        question: 'Can someone do both therapy and coaching at the same time?',
        answer:
          'Yes, many people use both: a therapist for emotional healing, and a coach for accountability and structure.',
      },
      {
        question: 'How do I know if I need a therapist instead of a coach?',
        answer:
          'If you feel distressed, anxious, depressed or overwhelmed by past events, therapy is usually the right choice. Coaches do not provide mental health treatment.',
      },
      {
        question: 'Are online sessions available for therapy or coaching?',
        answer:
          'Yes, many professionals offer virtual sessions: easier and more flexible with a busy schedule or limited mobility.',
      },
      {
        question: 'Does coaching involve any mental health diagnosis?',
        answer:
          'No. Coaches are not trained or licensed to diagnose or treat mental health conditions. Their role is to help you grow and reach your goals.',
      },
    ],
  },
  fr: {
    strings: {
      expandAll: 'Tout déplier',
      collapseAll: 'Tout replier',
      search: 'Rechercher dans les questions',
      // One template for every n: « 1 questions sur 5 » would be wrong.
      count: 'Questions affichées\u00a0: {n} sur {total}',
      noMatch: 'Aucune question ne correspond à votre recherche. Essayez d’autres mots.',
    },
    faqs: [
      {
        question: 'Quelle est la plus grande différence entre la thérapie et le coaching?',
        answer:
          'La thérapie vise à guérir des difficultés émotionnelles et psychologiques, souvent liées au passé. Le coaching porte sur les objectifs et le développement personnel, pour l’avenir.',
      },
      {
        question: 'Peut-on suivre une thérapie et faire du coaching en même temps?',
        answer:
          'Oui, beaucoup de gens font appel aux deux\u00a0: un thérapeute pour la guérison émotionnelle, et un coach pour la responsabilisation et la structure.',
      },
      {
        question: 'Comment savoir si j’ai besoin d’un thérapeute plutôt que d’un coach?',
        answer:
          'En cas de détresse, d’anxiété, de dépression ou si le passé vous submerge, la thérapie est habituellement le bon choix. Les coachs n’offrent pas de traitement en santé mentale.',
      },
      {
        question: 'Des séances en ligne sont-elles offertes en thérapie ou en coaching?',
        answer:
          'Oui, beaucoup de professionnels offrent des séances virtuelles\u00a0: plus faciles et plus souples avec un horaire chargé ou une mobilité réduite.',
      },
      {
        question: 'Le coaching comporte-t-il un diagnostic en santé mentale?',
        answer:
          'Non. Les coachs n’ont ni la formation ni l’autorisation pour diagnostiquer ou traiter des troubles de santé mentale. Leur rôle est de vous aider à grandir et à atteindre vos objectifs.',
      },
    ],
  },
});
