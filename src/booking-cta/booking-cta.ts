import { LitElement, html, nothing } from 'lit';
import { applyClinicDefaults } from '../shared/clinic-defaults.js';
import { emit } from '../shared/events.js';
import { flag } from '../shared/flag.js';
import { LangController, format, withOverrides } from '../shared/i18n.js';
import { localized } from '../shared/localize.js';
import { buttonStyles, tokens } from '../shared/tokens.js';
import { safeUrl, telUrl } from '../shared/url.js';
import { oneOf, warn } from '../shared/warn.js';
import { addParams, dismiss, isDismissed } from './booking-cta.helpers.js';
import { styles } from './booking-cta.styles.js';
import { strings, type BookingCtaStrings } from './booking-cta.strings.js';

export type { BookingCtaStrings } from './booking-cta.strings.js';

const TAG = 'booking-cta';
const OUTCOMES = ['therapy', 'coaching', 'both', 'consultation', 'crisis'] as const;
const QUIZ_EVENTS = ['quiz-complete', 'quiz-start'];

/** What the followed quiz recommended (from its `quiz-complete` event). */
type Outcome = { recommendation: (typeof OUTCOMES)[number]; bookingUrl?: string | null };

/** Detail of `booking-click`. */
export interface BookingClickDetail {
  /** The booking URL, with any `utm_*` and service parameters added. */
  href: string;
  /** The `service` attribute, else the followed quiz's recommendation, else "". */
  service: string;
  /** The variant shown: `button`, `banner` or `floating`. */
  variant: string;
}

/**
 * One call to action for any booking platform (Jane, SimplePractice, Calendly, Cal.com,
 * Acuity, a clinic's own page), a phone number or an email address: a real link styled as a
 * button. With `for`, it follows a `<therapy-coaching-quiz>` and books what it recommended.
 *
 * @tagname booking-cta
 * @attr href - The booking page (http, https or relative; unsafe URLs are refused with a warning).
 * @attr label - The button text (default "Book a free consultation").
 * @attr phone - A phone number, shown as written and linked with `tel:`.
 * @attr service - The service booked, sent with `booking-click` and the data-layer push.
 * @summary A light, honest booking link for any platform, phone or email; follows the quiz with `for`.
 *
 * @slot icon - An icon before the label (give it `aria-hidden="true"`).
 * @slot heading - Banner heading text (default "Ready to take the first step?"); it is placed inside an `<h2>`.
 * @slot description - Banner text under the heading.
 *
 * @csspart base - The wrapper of every variant (the floating pill is stacked at `z-index: 100`; change it with `::part(base)`).
 * @csspart banner - The banner block (with `base`).
 * @csspart heading - The banner heading (`h2`).
 * @csspart description - The banner text.
 * @csspart button - The booking link, styled as a button.
 * @csspart contact - Below the button, one a line: the phone and email links and "Online sessions available".
 * @csspart dismiss-button - The floating pill's dismiss button.
 * @csspart dialog - The booking dialog (`mode="dialog"`), labelled with the button's text.
 * @csspart close-button - The dialog's close button.
 * @csspart iframe - The booking page inside the dialog (created only when it opens).
 * @csspart new-tab-link - The dialog's "Open in a new tab" link.
 *
 * @cssprop --cw-accent - Button and floating pill background.
 * @cssprop --cw-accent-hover - Button background on hover.
 * @cssprop --cw-on-accent - Button text colour.
 * @cssprop --cw-radius - Corner radius of the button, banner and dialog.
 * @cssprop --cw-space - Spacing unit.
 * @cssprop --cw-border - Banner, dialog and iframe border colour.
 * @cssprop --cw-surface-raised - Banner background.
 * @cssprop --cw-heading-font - Banner heading font.
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-focus-ring - Focus outline colour.
 * @cssprop --cw-shadow - Floating pill shadow.
 * @cssprop --cw-font-size - Base font size.
 * @cssprop --cw-duration - The button's colour change on hover (0 under reduced motion).
 *
 * @fires {CustomEvent<BookingClickDetail>} booking-click - The booking link was clicked (detail: `href`, `service`, `variant`). Cancelable: `preventDefault()` stops the navigation or dialog so the page can take over.
 */
export class BookingCta extends LitElement {
  static override styles = [tokens, buttonStyles, styles];

  static override properties = {
    href: {},
    label: {},
    phone: {},
    email: {},
    online: { type: Boolean, converter: flag },
    variant: {},
    position: {},
    target: {},
    mode: {},
    utm: { type: Boolean, converter: flag },
    htmlFor: { attribute: 'for' },
    serviceParam: { attribute: 'service-param' },
    service: {},
    dataLayer: { type: Boolean, attribute: 'data-layer', converter: flag },
    rememberDismiss: { type: Boolean, attribute: 'remember-dismiss', converter: flag },
    strings: {},
    outcome: { state: true },
    open: { state: true },
  };

  /** The page's clinic `bookingUrl` default sets `href`. */
  static clinicProperties = { bookingUrl: 'href' };

  private readonly i18n = new LangController(this);

  /** The booking page (http, https or relative; unsafe URLs are refused with a warning). */
  declare href?: string;

  /** The button text (default "Book a free consultation"). */
  declare label?: string;

  /** A phone number, shown as written and linked with `tel:`. */
  declare phone?: string;

  /** An email address, linked with `mailto:`. */
  declare email?: string;

  /**
   * Adds "Online sessions available".
   * @default false
   */
  declare online?: boolean;

  /**
   * `button`, `banner` (heading, text, button, contact line) or `floating` (a pill at a corner that can be dismissed for the page view).
   * @default 'button'
   */
  declare variant?: 'button' | 'banner' | 'floating';

  /**
   * Corner of the floating pill: `bottom-right` or `bottom-left`.
   * @default 'bottom-right'
   */
  declare position?: 'bottom-right' | 'bottom-left';

  /**
   * `_blank` (a new tab, announced to screen readers) or `_self`.
   * @default '_blank'
   */
  declare target?: '_blank' | '_self';

  /**
   * `link`, or `dialog` to open the booking page in a modal dialog (loaded only when opened).
   * @default 'link'
   */
  declare mode?: 'link' | 'dialog';

  /**
   * Copies the page address's `utm_*` parameters onto the booking URL (opt-in).
   * @default false
   */
  declare utm?: boolean;

  /** The id of a `<therapy-coaching-quiz>` to follow: its outcome sets the URL and label; `crisis` hides the CTA. */
  declare htmlFor?: string;

  /** A booking URL parameter that receives the quiz's recommendation (e.g. `service`). */
  declare serviceParam?: string;

  /** The service booked, sent with `booking-click` and the data-layer push. */
  declare service?: string;

  /**
   * Also pushes `{event: 'booking_click', service}` to `window.dataLayer` (Google Tag Manager; opt-in).
   * @default false
   */
  declare dataLayer?: boolean;

  /**
   * Floating: keeps a dismissed pill hidden for the browser session, with one `sessionStorage` flag (opt-in; else for this page view).
   * @default false
   */
  declare rememberDismiss?: boolean;

  /** Overrides of any visible string (JSON object or object), e.g. `{"label": "Book now"}`. */
  declare strings?: string | Partial<BookingCtaStrings>;

  declare private outcome?: Outcome;
  declare private open?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    applyClinicDefaults(this);
    for (const type of QUIZ_EVENTS) document.addEventListener(type, this.onQuiz);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A modal left open in a detached element would trap nothing and never close: close it.
    this.renderRoot.querySelector('dialog')?.close();
    for (const type of QUIZ_EVENTS) document.removeEventListener(type, this.onQuiz);
  }

  private readonly onQuiz = (event: Event): void => {
    if (!this.htmlFor || !event.composedPath().some((node) => (node as Element).id === this.htmlFor)) return;
    // Keep only the outcome and its URL: never the visitor's answers or scores. An unknown
    // recommendation, like `quiz-start`, leaves the CTA with its own label and link.
    const { recommendation, bookingUrl } = (event as CustomEvent<Outcome>).detail ?? {};
    this.outcome = event.type === 'quiz-complete' && OUTCOMES.includes(recommendation) ? { recommendation, bookingUrl } : undefined;
  };

  private onClick(event: MouseEvent): void {
    const service = this.service || this.outcome?.recommendation || '';
    const detail = { href: (event.currentTarget as Element).getAttribute('href') as string, service, variant: this.shownVariant() };
    if (!emit<BookingClickDetail>(this, 'booking-click', detail, true)) return event.preventDefault();
    // Ctrl/Cmd/Shift/Alt-click and middle-click still open the booking page itself.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !event.button && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
      event.preventDefault();
      dialog.showModal();
      this.open = true;
    }
    if (this.dataLayer) ((window as unknown as { dataLayer?: unknown[] }).dataLayer ||= []).push({ event: 'booking_click', service });
  }

  private onClose(): void {
    this.open = false;
    this.renderRoot.querySelector('a')?.focus();
  }

  private onDismiss(): void {
    dismiss(this.rememberDismiss);
    this.requestUpdate();
    // Keep the keyboard's place: focus rests on the emptied host, so Tab goes on from here.
    this.tabIndex = -1;
    this.focus({ preventScroll: true });
    this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
  }

  private shownVariant() {
    return oneOf(TAG, 'variant', this.variant, ['button', 'banner', 'floating']);
  }

  override render() {
    const s = withOverrides(localized(strings, this.i18n.lang), this.strings, TAG);
    const variant = this.shownVariant();
    const floating = variant === 'floating';
    const banner = variant === 'banner';
    const { outcome } = this;
    const phone = this.phone?.trim();
    const email = this.email?.trim();
    if (outcome?.recommendation === 'crisis' || (floating && isDismissed(this.rememberDismiss))) return nothing;
    const base = safeUrl(outcome?.bookingUrl, TAG, 'for (bookingUrl)') ?? safeUrl(this.href, TAG, 'href');
    const params = [...new URLSearchParams(this.utm ? location.search : '')].filter(([key]) => key.startsWith('utm_'));
    if (outcome && this.serviceParam?.trim()) params.push([this.serviceParam.trim(), outcome.recommendation]);
    const url = base && addParams(base, params);
    const tel = phone && telUrl(phone);
    const mail = email && /^\S+@\S+$/.test(email) && `mailto:${email}`;
    if (phone && !tel) warn(TAG, 'phone', `"${phone}" has no number to call; it was ignored.`);
    if (email && !mail) warn(TAG, 'email', `"${email}" is not an email address; it was ignored.`);
    if (!url && !tel && !mail) {
      if (!this.href?.trim()) warn(TAG, 'href', 'missing, and no phone or email either; nothing is shown.');
      return nothing;
    }
    const contact =
      tel || mail || this.online
        ? html`<p part="contact" class="contact">
            ${tel ? html`<a href=${tel}>${format(s.phone, { phone })}</a>` : nothing}
            ${mail ? html`<a href=${mail}>${format(s.email, { email })}</a>` : nothing}
            ${this.online ? s.online : nothing}
          </p>`
        : nothing;
    const label = (outcome && s[outcome.recommendation as keyof BookingCtaStrings]) || this.label || s.label;
    const button = url ? this.renderButton(url, label, s) : nothing;
    const position = floating ? `floating ${oneOf(TAG, 'position', this.position, ['bottom-right', 'bottom-left'])}` : '';
    // The floating pill holds one action, the booking link (else the contact line), and its dismiss button.
    return html`<div part="base ${banner ? 'banner' : ''}" class="${banner ? 'banner' : ''} ${position}">
      ${banner
        ? html`<h2 part="heading"><slot name="heading">${s.heading}</slot></h2>
            <p part="description"><slot name="description">${s.description}</slot></p>`
        : nothing}
      ${button} ${floating && url ? nothing : contact}
      ${floating
        ? html`<button part="dismiss-button" class="button" aria-label=${s.dismiss} @click=${this.onDismiss}>×</button>`
        : nothing}
    </div>`;
  }

  private renderButton(url: string, label: string, s: BookingCtaStrings) {
    // A dialog frames a web page: a tel: or mailto: link stays a link.
    let dialog = oneOf(TAG, 'mode', this.mode, ['link', 'dialog']) === 'dialog';
    if (dialog && /^(tel|mailto):/i.test(url)) {
      warn(TAG, 'mode', `a dialog shows a web page; "${url}" opens as a link.`);
      dialog = false;
    }
    const target = oneOf(TAG, 'target', this.target, ['_blank', '_self']);
    return html`<a
        part="button"
        class="button"
        href=${url}
        target=${target}
        rel="noopener noreferrer"
        aria-haspopup=${dialog ? 'dialog' : 'false'}
        @click=${this.onClick}
        ><slot name="icon"></slot>${label}${target === '_blank' && !dialog
          ? html` <span class="visually-hidden">${s.newTab}</span>`
          : nothing}</a
      >${dialog
        ? html`<dialog part="dialog" aria-label=${label} @close=${this.onClose}>
            <form method="dialog"><button part="close-button" class="button secondary">${s.close}</button></form>
            ${this.open ? html`<iframe part="iframe" src=${url} title=${s.frame}></iframe>` : nothing}
            <a part="new-tab-link" href=${url} target="_blank" rel="noopener noreferrer">${s.openNewTab}</a>
          </dialog>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-cta': BookingCta;
  }
  interface GlobalEventHandlersEventMap {
    'booking-click': CustomEvent<BookingClickDetail>;
  }
}
