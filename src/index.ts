/**
 * clinic-widgets: one ES module that registers every element.
 * `<script type="module" src="clinic-widgets.js"></script>`
 */
import { defineAll } from './shared/define.js';
import { FaqAccordion } from './faq-accordion/faq-accordion.js';
import { TherapyCoachingQuiz } from './therapy-coaching-quiz/therapy-coaching-quiz.js';
import { BookingCta } from './booking-cta/booking-cta.js';

export { FaqAccordion, TherapyCoachingQuiz, BookingCta };
export type * from './faq-accordion/faq-accordion.js';
export type * from './therapy-coaching-quiz/therapy-coaching-quiz.js';
export type * from './booking-cta/booking-cta.js';

defineAll(__VERSION__, {
  'faq-accordion': FaqAccordion,
  'therapy-coaching-quiz': TherapyCoachingQuiz,
  'booking-cta': BookingCta,
});
