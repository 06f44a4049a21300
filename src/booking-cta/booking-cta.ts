import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emit } from '../shared/events.js';
import { LangController, format, withOverrides } from '../shared/i18n.js';
import { localized } from '../shared/localize.js';
import { buttonStyles, tokens } from '../shared/tokens.js';
import { safeUrl, telUrl } from '../shared/url.js';
import { warn } from '../shared/warn.js';
import { addParams, dismiss, isDismissed, utmParams } from './booking-cta.helpers.js';
import { styles } from './booking-cta.styles.js';
import { strings, type BookingCtaStrings } from './booking-cta.strings.js';

const TAG = 'booking-cta';
const OUTCOMES = ['therapy', 'coaching', 'both', 'consultation', 'crisis'] as const;

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

/** A known value, or the first (default) one with a warning. */
function pick<T extends string>(value: string, allowed: readonly T[], attribute: string): T {
  if (allowed.includes(value as T)) return value as T;
  warn(TAG, attribute, `"${value}" is not one of ${allowed.join(', ')}; "${allowed[0]}" is used.`);
  return allowed[0];
}

/**
 * One call to action for any booking platform (Jane, SimplePractice, Calendly, Cal.com,
 * Acuity, a clinic's own page), a phone number or an email address: a real link styled as a
 * button. With `for`, it follows a `<therapy-coaching-quiz>` and books what it recommended.
 *
 * @tagname booking-cta
 * @summary A light, honest booking link for any platform, phone or email; follows the quiz with `for`.
 *
 * @slot icon - An icon before the label (give it `aria-hidden="true"`).
 * @slot heading - Banner heading text (default "Ready to take the first step?"); it is placed inside an `<h2>`.
 * @slot description - Banner text under the heading.
 *
 * @csspart base - The wrapper of every variant.
 * @csspart banner - The banner block (with `base`).
 * @csspart heading - The banner heading (`h2`).
 * @csspart description - The banner text.
 * @csspart button - The booking link, styled as a button.
 * @csspart contact - The line with the phone and email links and "Online sessions available".
 * @csspart dismiss-button - The floating pill's dismiss button.
 * @csspart dialog - The booking dialog (`mode="dialog"`).
 * @csspart dialog-heading - The dialog's heading.
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
 * @cssprop --cw-surface-raised - Banner background (unless `--cw-banner-surface` is set).
 * @cssprop --cw-banner-surface - Banner background.
 * @cssprop --cw-muted - Colour of the contact line.
 * @cssprop --cw-heading-font - Banner and dialog heading font.
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-focus-ring - Focus outline colour.
 * @cssprop --cw-shadow - Floating pill shadow.
 * @cssprop --cw-z-index - Stacking order of the floating pill (default 100).
 *
 * @fires booking-click - The booking link was clicked (detail: `href`, `service`, `variant`). Cancelable: `preventDefault()` stops the navigation or dialog so the page can take over.
 */
export class BookingCta extends LitElement {
  static override styles = [tokens, buttonStyles, styles];

  private readonly i18n = new LangController(this);

  /** The booking page (http, https or relative; unsafe URLs are refused with a warning). */
  @property() href = '';

  /** The button text (default "Book a free consultation"). */
  @property() label = '';

  /** A phone number, shown as written and linked with `tel:`. */
  @property() phone = '';

  /** An email address, linked with `mailto:`. */
  @property() email = '';

  /** Adds "Online sessions available". */
  @property({ type: Boolean }) online = false;

  /** `button`, `banner` (heading, text, button, contact line) or `floating` (a pill at a corner). */
  @property() variant: 'button' | 'banner' | 'floating' = 'button';

  /** Corner of the floating pill: `bottom-right` or `bottom-left`. */
  @property() position: 'bottom-right' | 'bottom-left' = 'bottom-right';

  /** `_blank` (a new tab, announced to screen readers) or `_self`. */
  @property() target: '_blank' | '_self' = '_blank';

  /** `link`, or `dialog` to open the booking page in a modal dialog (loaded only when opened). */
  @property() mode: 'link' | 'dialog' = 'link';

  /** Copies the page address's `utm_*` parameters onto the booking URL (opt-in). */
  @property({ type: Boolean }) utm = false;

  /** The id of a `<therapy-coaching-quiz>` to follow: its outcome sets the URL and label; `crisis` hides the CTA. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** A booking URL parameter that receives the quiz's recommendation (e.g. `service`). */
  @property({ attribute: 'service-param' }) serviceParam = '';

  /** The service booked, sent with `booking-click` and the data-layer push. */
  @property() service = '';

  /** Also pushes `{event: 'booking_click', service}` to `window.dataLayer` (Google Tag Manager; opt-in). */
  @property({ attribute: 'data-layer', type: Boolean }) dataLayer = false;

  /** Remembers a dismissed floating pill in `sessionStorage` for the browser session (opt-in; else for this page view). */
  @property({ attribute: 'remember-dismiss', type: Boolean }) rememberDismiss = false;

  /** Overrides of any visible string (JSON object or object), e.g. `{"label": "Book now"}`. */
  @property() strings: string | Partial<BookingCtaStrings> = '';

  @state() private outcome?: Outcome;
  @state() private open = false;
  @state() private dismissed = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part=button]') private link?: HTMLAnchorElement;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('quiz-complete', this.onQuiz);
    document.addEventListener('quiz-start', this.onQuiz);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('quiz-complete', this.onQuiz);
    document.removeEventListener('quiz-start', this.onQuiz);
  }

  private readonly onQuiz = (event: Event): void => {
    if (!this.htmlFor || !event.composedPath().some((node) => (node as Element).id === this.htmlFor)) return;
    const detail = (event as CustomEvent<Partial<Outcome> | null>).detail;
    this.outcome = undefined;
    if (event.type !== 'quiz-complete') return;
    const recommendation = detail?.recommendation as Outcome['recommendation'];
    // Keep only the outcome and its URL: never the visitor's answers or scores.
    if (OUTCOMES.includes(recommendation)) this.outcome = { recommendation, bookingUrl: detail?.bookingUrl };
    else warn(TAG, 'for', `unknown recommendation "${recommendation}"; the defaults are used.`);
  };

  private onClick(event: MouseEvent): void {
    const variant = this.variantName();
    const detail = { href: this.link?.getAttribute('href') ?? '', service: this.serviceName(), variant };
    if (!emit<BookingClickDetail>(this, 'booking-click', detail, true)) return event.preventDefault();
    if (this.mode === 'dialog' && !event.button && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
      event.preventDefault();
      this.dialog?.showModal();
      this.open = true;
    }
    if (this.dataLayer) {
      const w = window as unknown as { dataLayer?: unknown[] };
      (w.dataLayer ||= []).push({ event: 'booking_click', service: detail.service });
    }
  }

  private onClose(): void {
    this.open = false;
    this.link?.focus();
  }

  private onDismiss(): void {
    dismiss(this.rememberDismiss);
    this.dismissed = true;
  }

  private variantName() {
    return pick(this.variant, ['button', 'banner', 'floating'], 'variant');
  }

  private serviceName(): string {
    return this.service || this.outcome?.recommendation || '';
  }

  /** The safe booking URL with its added parameters, or null. */
  private url(): string | null {
    const { outcome } = this;
    const base = safeUrl(outcome?.bookingUrl, TAG, 'for (bookingUrl)') ?? safeUrl(this.href, TAG, 'href');
    if (!base) return null;
    const params = this.utm ? utmParams() : [];
    if (outcome && this.serviceParam.trim()) params.push([this.serviceParam.trim(), outcome.recommendation]);
    return addParams(base, params);
  }

  override render() {
    const s = withOverrides(localized(strings, this.i18n.lang), this.strings, TAG);
    const variant = this.variantName();
    const floating = variant === 'floating';
    const { outcome } = this;
    if (outcome?.recommendation === 'crisis' || (floating && (this.dismissed || isDismissed(this.rememberDismiss)))) {
      return nothing;
    }
    const url = this.url();
    const tel = this.phone ? telUrl(this.phone) : null;
    const mail = /^[^\s@]+@[^\s@]+$/.test(this.email.trim()) ? `mailto:${this.email.trim()}` : null;
    if (this.phone && !tel) warn(TAG, 'phone', `"${this.phone}" has no number to call; it was ignored.`);
    if (this.email && !mail) warn(TAG, 'email', `"${this.email}" is not an email address; it was ignored.`);
    if (!url && !tel && !mail) {
      if (!this.href.trim()) warn(TAG, 'href', 'missing, and no phone or email either; nothing is shown.');
      return nothing;
    }
    const contact =
      tel || mail || (this.online && !floating)
        ? html`<p part="contact" class="contact">
            ${tel ? html`<a href=${tel}>${format(s.phone, { phone: this.phone.trim() })}</a>` : nothing}
            ${mail ? html`<a href=${mail}>${format(s.email, { email: this.email.trim() })}</a>` : nothing}
            ${this.online && !floating ? html`<span>${s.online}</span>` : nothing}
          </p>`
        : nothing;
    const label = (outcome && s[outcome.recommendation as keyof BookingCtaStrings]) || this.label || s.label;
    const button = url ? this.renderButton(url, label, s) : nothing;
    if (floating) {
      const position = pick(this.position, ['bottom-right', 'bottom-left'], 'position');
      return html`<div part="base" class="base floating ${position}">
        ${url ? button : contact}
        <button part="dismiss-button" class="plain" type="button" aria-label=${s.dismiss} @click=${this.onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>`;
    }
    if (variant === 'banner') {
      return html`<div part="base banner" class="base banner">
        <h2 part="heading"><slot name="heading">${s.heading}</slot></h2>
        <p part="description"><slot name="description">${s.description}</slot></p>
        ${button} ${contact}
      </div>`;
    }
    return html`<div part="base" class="base">${button} ${contact}</div>`;
  }

  private renderButton(url: string, label: string, s: BookingCtaStrings) {
    const dialog = pick(this.mode, ['link', 'dialog'], 'mode') === 'dialog';
    const newTab = pick(this.target, ['_blank', '_self'], 'target') === '_blank';
    return html`<a
        part="button"
        class="button"
        href=${url}
        target=${newTab ? '_blank' : '_self'}
        rel="noopener noreferrer"
        aria-haspopup=${dialog ? 'dialog' : 'false'}
        @click=${this.onClick}
        ><slot name="icon"></slot>${label}${newTab && !dialog
          ? html` <span class="visually-hidden">${s.newTab}</span>`
          : nothing}</a
      >${dialog ? this.renderDialog(url, label, s) : nothing}`;
  }

  private renderDialog(url: string, label: string, s: BookingCtaStrings) {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onClose}
      @click=${(event: Event) => event.target === this.dialog && this.dialog.close()}
    >
      <div class="frame">
        <header>
          <h2 id="title" part="dialog-heading">${label}</h2>
          <button part="close-button" class="plain close" type="button" @click=${() => this.dialog?.close()}>
            ${s.close}
          </button>
        </header>
        ${this.open ? html`<iframe part="iframe" src=${url} title=${s.frame}></iframe>` : nothing}
        <a part="new-tab-link" href=${url} target="_blank" rel="noopener noreferrer">${s.openNewTab}</a>
      </div>
    </dialog>`;
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
