import { deepFreeze } from '../shared/i18n.js';
import type { Localized } from '../shared/localize.js';

/** Every visible string of `<booking-cta>`; any key can be overridden with the `strings` attribute. */
export interface BookingCtaStrings {
  /** The button's text when no `label` is given. It claims nothing ("free") the clinic has not set. */
  readonly label: string;
  /** The button's text after the quiz recommends therapy, coaching, both, or a consultation. */
  readonly therapy: string;
  readonly coaching: string;
  readonly both: string;
  readonly consultation: string;
  /** Read by screen readers after the label of a link that opens a new tab. */
  readonly newTab: string;
  /** Banner defaults (replaced by the `heading` and `description` slots). */
  readonly heading: string;
  readonly description: string;
  /** The contact line: `{phone}` and `{email}` as the webmaster wrote them. */
  readonly phone: string;
  readonly email: string;
  /** Shown only when the clinic sets `online`. */
  readonly online: string;
  /** Dialog mode. */
  readonly close: string;
  readonly frame: string;
  readonly openNewTab: string;
  /** Floating variant. */
  readonly dismiss: string;
}

const en: BookingCtaStrings = {
  label: 'Book a consultation',
  therapy: 'Book a therapy consultation',
  coaching: 'Book a coaching consultation',
  both: 'Book a consultation',
  consultation: 'Book a consultation',
  newTab: '(opens in a new tab)',
  heading: 'Ready to take the first step?',
  description: 'A short conversation can help you find the support that fits. No pressure, no judgment.',
  phone: 'Call {phone}',
  email: 'Email {email}',
  online: 'Online sessions available',
  close: 'Close',
  frame: 'Booking page',
  openNewTab: 'Open in a new tab',
  dismiss: 'Hide the booking button',
};

const fr: BookingCtaStrings = {
  label: 'Réserver une consultation',
  therapy: 'Réserver une consultation en thérapie',
  coaching: 'Réserver une consultation en coaching',
  both: 'Réserver une consultation',
  consultation: 'Réserver une consultation',
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
