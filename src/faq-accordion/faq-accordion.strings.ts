import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';

/**
 * Every visible string of `<faq-accordion>`, keyed by id; any key can be overridden with `strings`.
 * `_one`/`_other` pairs are plural forms, chosen with `Intl.PluralRules` (`plural()` in i18n.ts).
 */
export type FaqStrings = {
  expandAll: string;
  collapseAll: string;
  search: string;
  /** The search's count, `{n}` questions shown of `{total}`, when `{n}` is one (in French: 0 or 1). */
  count_one: string;
  /** The search's count for other numbers. */
  count_other: string;
  noMatch: string;
};

export const en: FaqStrings = deepFreeze({
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  search: 'Search the questions',
  // "1 of 3 questions": the noun counts the total, so English has one form.
  count_one: '{n} of {total} questions',
  count_other: '{n} of {total} questions',
  noMatch: 'No questions match your search. Try other words.',
});

export const fr: FaqStrings = deepFreeze({
  expandAll: 'Tout déplier',
  collapseAll: 'Tout replier',
  search: 'Rechercher dans les questions',
  count_one: '{n}\u00a0question affichée sur {total}',
  count_other: '{n}\u00a0questions affichées sur {total}',
  noMatch: 'Aucune question ne correspond à votre recherche. Essayez d’autres mots.',
});

/** One question and its answer (text; a blank line starts a new paragraph). */
export interface FaqEntry {
  question: string;
  answer: string;
}

/**
 * The built-in FAQs, from the therapy-vs-coaching article, per language. They describe therapy
 * and coaching in general: nothing here claims what a clinic offers (free consultations, online
 * sessions); a clinic says that in its own questions.
 */
export const faqs: Localized<readonly FaqEntry[]> = deepFreeze({
  en: [
    {
      question: 'What’s the biggest difference between therapy and coaching?',
      answer:
        'Therapy focuses on healing emotional and psychological issues, often related to past experiences. Coaching is about goal-setting and personal development, focused on future outcomes.',
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
        'Yes, many professionals now offer virtual sessions. This makes access easier and more flexible, especially for people with busy schedules or limited mobility.',
    },
    {
      question: 'Does coaching involve any mental health diagnosis?',
      answer:
        'No. Coaches are not trained or licensed to diagnose or treat mental health conditions. Their role is to help you grow and reach your goals.',
    },
  ],
  fr: [
    {
      question: 'Quelle est la plus grande différence entre la thérapie et le coaching?',
      answer:
        'La thérapie vise à guérir des difficultés émotionnelles et psychologiques, souvent liées au passé. Le coaching porte sur les objectifs et le développement personnel, et vise des résultats à venir.',
    },
    {
      question: 'Peut-on suivre une thérapie et faire du coaching en même temps?',
      answer:
        'Oui, beaucoup de gens font appel aux deux\u00a0: un ou une thérapeute pour la guérison émotionnelle, et un coach pour l’encadrement et le suivi.',
    },
    {
      question: 'Comment savoir si j’ai besoin d’un ou d’une thérapeute plutôt que d’un coach?',
      answer:
        'Si vous vivez de la détresse, de l’anxiété, de la dépression, ou l’impression de ne plus y arriver à cause d’événements passés, la thérapie est habituellement le bon choix. Les coachs n’offrent pas de traitement en santé mentale.',
    },
    {
      question: 'Des séances en ligne sont-elles offertes en thérapie ou en coaching?',
      answer:
        'Oui, beaucoup de professionnels offrent maintenant des séances virtuelles. Cela facilite l’accès et donne plus de souplesse, surtout aux personnes qui ont un horaire chargé ou une mobilité réduite.',
    },
    {
      question: 'Le coaching comporte-t-il un diagnostic en santé mentale?',
      answer:
        'Non. Les coachs n’ont ni la formation ni l’autorisation pour diagnostiquer ou traiter des troubles de santé mentale. Leur rôle est de vous aider à grandir et à atteindre vos objectifs.',
    },
  ],
});
