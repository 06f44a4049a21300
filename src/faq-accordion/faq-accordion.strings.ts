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
          'Therapy focuses on healing emotional and psychological issues, often related to past experiences. Coaching is about goal-setting and personal development, focused on future outcomes.',
      },
      {
        question: 'Can someone do both therapy and coaching at the same time?',
        answer:
          'Yes, many people use both services. It’s common to work with a therapist for emotional healing while also working with a coach for accountability and structure.',
      },
      {
        question: 'How do I know if I need a therapist instead of a coach?',
        answer:
          'If you’re feeling emotionally distressed, anxious, depressed, or overwhelmed by past events, therapy is usually the right choice. Coaches do not provide mental health treatment.',
      },
      {
        question: 'Are online sessions available for therapy or coaching?',
        answer:
          'Yes, many professionals now offer virtual sessions. This makes access easier and more flexible, especially for people with busy schedules or limited mobility.',
      },
      {
        question: 'Does coaching involve any mental health diagnosis?',
        answer:
          'No. Coaches are not trained or licensed to diagnose or treat mental health conditions. Their role is to help you grow and achieve your goals, not to address psychological disorders.',
      },
    ],
  },
});
