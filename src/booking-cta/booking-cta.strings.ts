import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';

const en = {
  /** The button's text when no `label` is given. */
  label: 'Book a free consultation',
  /** The button's text after the quiz recommends therapy, coaching, both, or a consultation. */
  therapy: 'Book a therapy consultation',
  coaching: 'Book a coaching consultation',
  both: 'Book a consultation',
  consultation: 'Book a consultation',
  /** Read by screen readers after the label of a link that opens a new tab. */
  newTab: '(opens in a new tab)',
  /** Banner defaults (replaced by the `heading` and `description` slots). */
  heading: 'Ready to take the first step?',
  description: 'A short conversation can help you find the support that fits. No pressure, no judgment.',
  phone: 'Call {phone}',
  email: 'Email {email}',
  online: 'Online sessions available',
  /** Dialog mode. */
  close: 'Close',
  frame: 'Booking page',
  openNewTab: 'Open in a new tab',
  /** Floating variant. */
  dismiss: 'Hide the booking button',
};

/** Every visible string of `<booking-cta>`; any key can be overridden with the `strings` attribute. */
export type BookingCtaStrings = { readonly [K in keyof typeof en]: string };

const fr: BookingCtaStrings = {
  label: 'Réserver une consultation gratuite',
  therapy: 'Consultation en thérapie',
  coaching: 'Consultation en coaching',
  both: 'Prendre rendez-vous',
  consultation: 'Prendre rendez-vous',
  newTab: '(s’ouvre dans un nouvel onglet)',
  heading: 'Envie de faire le premier pas?',
  description: 'Une courte conversation peut vous aider à trouver le soutien qui vous convient. Sans pression et sans jugement.',
  phone: 'Appeler le {phone}',
  email: 'Écrire à {email}',
  online: 'Séances en ligne offertes',
  close: 'Fermer',
  frame: 'Page de prise de rendez-vous',
  openNewTab: 'Ouvrir dans un nouvel onglet',
  dismiss: 'Masquer le bouton de réservation',
};

export const strings: Localized<BookingCtaStrings> = deepFreeze({ en, fr });
