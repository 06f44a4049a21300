import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClinicElement } from '../shared/clinic-element.js';
import { flag } from '../shared/flag.js';
import { format } from '../shared/i18n.js';
import { buttonStyles, tokens } from '../shared/tokens.js';
import { readPhone, safeUrl, type Phone } from '../shared/url.js';
import { addParams, dismiss, isDismissed } from './booking-cta.helpers.js';
import { styles } from './booking-cta.styles.js';
import { strings, type BookingCtaStrings } from './booking-cta.strings.js';

export type { BookingCtaStrings } from './booking-cta.strings.js';

const OUTCOMES = ['therapy', 'coaching', 'both', 'consultation', 'crisis'] as const;
const QUIZ_EVENTS = ['quiz-complete', 'quiz-start', 'quiz-crisis-help'];
const VARIANTS = ['button', 'banner', 'floating'] as const;
const POSITIONS = ['bottom-right', 'bottom-left'] as const;
const TARGETS = ['_blank', '_self'] as const;
const MODES = ['link', 'dialog'] as const;

/** What the followed quiz recommended (from its `quiz-complete` event). */
type Outcome = { recommendation: (typeof OUTCOMES)[number]; bookingUrl?: string | null };

/** Everything `render()` shows, derived from the properties in `willUpdate`. */
interface View {
  variant: (typeof VARIANTS)[number];
  position: (typeof POSITIONS)[number];
  target: (typeof TARGETS)[number];
  /** The booking link with its parameters, or null (then the contact line is the action). */
  url: string | null;
  /** The booking page opens in a dialog (a web page only: never a tel: or mailto: link). */
  dialog: boolean;
  label: string;
  phone?: Phone;
  email?: { text: string; href: string };
  /** Nothing to show: no link, phone or email; a dismissed pill; or the quiz's crisis screen. */
  empty: boolean;
}

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
 * @csspart contact - Below the button, one a line: the phone and email links, and "Online sessions available" when `online` is set.
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
 * @cssprop --cw-heading-font - Banner heading font (default: a WordPress block theme's heading font, else the text's).
 * @cssprop --cw-heading-weight - Banner heading weight.
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-focus-ring - Focus outline colour.
 * @cssprop --cw-shadow - Floating pill shadow.
 * @cssprop --cw-font-size - Base font size (default: the surrounding text's, `1em`).
 * @cssprop --cw-duration - The button's colour change on hover (0 under reduced motion).
 *
 * @fires {CustomEvent<BookingClickDetail>} booking-click - The booking link was clicked (detail: `href`, `service`, `variant`). Cancelable: `preventDefault()` stops the navigation or dialog so the page can take over.
 */
export class BookingCta extends ClinicElement<BookingCtaStrings> {
  // Styles

  static override styles = [tokens, buttonStyles, styles];

  /** The page's clinic `bookingUrl` default sets `href`. */
  static clinicProperties = { bookingUrl: 'href' };

  // Properties

  /** The booking page (http, https or relative; unsafe URLs are refused with a warning). */
  @property() href?: string;

  /** The button text (default "Book a consultation"). Say "free" here if your consultation is free. */
  @property() label?: string;

  /** A phone number, shown and linked with `tel:`. */
  @property() phone?: string;

  /** An email address, linked with `mailto:`. */
  @property() email?: string;

  /**
   * Adds "Online sessions available" (only when set: the kit claims nothing the clinic has not said).
   * @default false
   */
  @property({ type: Boolean, converter: flag }) online?: boolean;

  /**
   * `button`, `banner` (heading, text, button, contact line) or `floating` (a pill at a corner that can be dismissed for the page view). Any case.
   * @default 'button'
   */
  @property() variant?: 'button' | 'banner' | 'floating';

  /**
   * Corner of the floating pill: `bottom-right` or `bottom-left`.
   * @default 'bottom-right'
   */
  @property() position?: 'bottom-right' | 'bottom-left';

  /**
   * `_blank` (a new tab, announced to screen readers) or `_self`.
   * @default '_blank'
   */
  @property() target?: '_blank' | '_self';

  /**
   * `link`, or `dialog` to open the booking page in a modal dialog (loaded only when opened).
   * @default 'link'
   */
  @property() mode?: 'link' | 'dialog';

  /**
   * Copies the page address's `utm_*` parameters onto the booking URL (opt-in).
   * @default false
   */
  @property({ type: Boolean, converter: flag }) utm?: boolean;

  /** The id of a `<therapy-coaching-quiz>` to follow: its outcome sets the URL and label; `crisis`, and crisis help under a question, hide the CTA. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** A booking URL parameter that receives the quiz's recommendation (e.g. `service`). */
  @property({ attribute: 'service-param' }) serviceParam?: string;

  /** The service booked, sent with `booking-click` and the data-layer push. */
  @property() service?: string;

  /**
   * Also pushes `{event: 'booking_click', service}` to `window.dataLayer` (Google Tag Manager; opt-in).
   * @default false
   */
  @property({ type: Boolean, attribute: 'data-layer', converter: flag }) dataLayer?: boolean;

  /**
   * Floating: keeps a dismissed pill hidden for the browser session, with one `sessionStorage` flag (opt-in; else for this page view).
   * @default false
   */
  @property({ type: Boolean, attribute: 'remember-dismiss', converter: flag }) rememberDismiss?: boolean;

  // State

  /** The followed quiz's outcome, once it has one. */
  @state() private outcome?: Outcome;
  /** The booking dialog is open (its iframe exists only then). */
  @state() private open = false;
  /** The followed quiz shows crisis help under a question (`quiz-crisis-help`): the CTA steps aside. */
  @state() private crisisHelp = false;
  /** The floating pill was dismissed. */
  @state() private dismissed = false;
  /** The floating pill steps aside: it would cover the element that has keyboard focus. */
  @state() private yielding = false;
  /** A quiz fills the bottom of the screen, where the pill floats: the pill steps aside. */
  @state() private overQuiz = false;
  /** Keyboard focus is on the pill: it shows, whatever is under it. */
  @state() private focused = false;

  /** Floating: watches the page's quizzes (see `watchQuizzes`). */
  private quizzes?: IntersectionObserver;

  private view!: View;

  constructor() {
    super(strings);
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of QUIZ_EVENTS) document.addEventListener(type, this.onQuiz);
    document.addEventListener('focusin', this.onPageFocus);
    // Focus moving inside one shadow root (a quiz's 9-8-8 → 911) sends the document no focusin; the key that moved it reaches it.
    document.addEventListener('keyup', this.onPageFocus);
    document.addEventListener('scroll', this.onPageFocus, { passive: true, capture: true });
    if (this.hasUpdated) this.watchQuizzes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A modal left open in a detached element would trap nothing and never close: close it.
    this.renderRoot.querySelector('dialog')?.close();
    for (const type of QUIZ_EVENTS) document.removeEventListener(type, this.onQuiz);
    document.removeEventListener('focusin', this.onPageFocus);
    document.removeEventListener('keyup', this.onPageFocus);
    document.removeEventListener('scroll', this.onPageFocus, { capture: true });
    this.quizzes?.disconnect();
    this.quizzes = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { outcome, t } = this;
    const variant = this.oneOf('variant', this.variant, VARIANTS);
    const position = this.oneOf('position', this.position, POSITIONS);
    const target = this.oneOf('target', this.target, TARGETS);
    const base = safeUrl(outcome?.bookingUrl, this.tag, 'for (bookingUrl)') ?? safeUrl(this.href, this.tag, 'href');
    const params = this.utm ? [...new URLSearchParams(location.search)].filter(([key]) => key.startsWith('utm_')) : [];
    if (outcome && this.serviceParam?.trim()) params.push([this.serviceParam.trim(), outcome.recommendation]);
    const url = base && addParams(base, params);
    const phone = readPhone(this.tag, 'phone', this.phone);
    const email = this.readEmail();
    let dialog = this.oneOf('mode', this.mode, MODES) === 'dialog';
    // A dialog frames a web page: a tel: or mailto: link stays a link.
    if (url && dialog && /^(tel|mailto):/i.test(url)) {
      this.warn('mode', `a dialog shows a web page; "${url}" opens as a link.`);
      dialog = false;
    }
    if (!url && !phone && !email && !this.href?.trim()) this.warn('href', 'missing, and no phone or email either; nothing is shown.');
    const recommended = outcome && outcome.recommendation !== 'crisis' ? t[outcome.recommendation] : undefined;
    this.dismissed ||= variant === 'floating' && isDismissed(this.rememberDismiss);
    this.view = {
      variant,
      position,
      target,
      url,
      dialog,
      label: recommended || this.label || t.label,
      phone,
      email,
      empty: (!url && !phone && !email) || outcome?.recommendation === 'crisis' || this.crisisHelp || (variant === 'floating' && this.dismissed),
    };
  }

  /** The email line: the address and its mailto: link, if it is one. */
  private readEmail(): View['email'] {
    // `mailto:hello@…` is the address, written as a link.
    const text = this.email?.trim().replace(/^mailto:/i, '');
    if (!text) return undefined;
    if (/^\S+@\S+$/.test(text)) return { text, href: `mailto:${text}` };
    this.warn('email', `"${text}" is not an email address; it was ignored.`);
    return undefined;
  }

  protected override updated(): void {
    this.watchQuizzes();
  }

  /**
   * Floating: the pill never covers a quiz's answers, crisis help or own booking button. While a
   * `<therapy-coaching-quiz>` fills the bottom quarter of the screen, where the pill floats, the
   * pill steps aside.
   */
  private watchQuizzes(): void {
    if (this.quizzes || this.view.variant !== 'floating') return;
    const under = new Set<Element>();
    this.quizzes = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting) under.add(target);
          else under.delete(target);
        }
        this.overQuiz = under.size > 0;
      },
      // The page's own viewport (also in a frame), less its top three quarters.
      { root: document, rootMargin: '-75% 0px 0px 0px' },
    );
    for (const quiz of document.querySelectorAll('therapy-coaching-quiz')) this.quizzes.observe(quiz);
  }

  // Handlers

  private readonly onQuiz = (event: Event): void => {
    if (!this.htmlFor || !event.composedPath().some((node) => (node as Element).id === this.htmlFor)) return;
    // Crisis help under a question: step aside while it shows, so nothing covers it.
    if (event.type === 'quiz-crisis-help') {
      this.crisisHelp = (event as CustomEvent<{ shown?: unknown }>).detail?.shown === true;
      return;
    }
    this.crisisHelp = false;
    // Keep only the outcome and its URL: never the visitor's answers or scores. An unknown
    // recommendation, like `quiz-start`, leaves the CTA with its own label and link.
    const { recommendation, bookingUrl } = (event as CustomEvent<Outcome>).detail ?? {};
    this.outcome = event.type === 'quiz-complete' && OUTCOMES.includes(recommendation) ? { recommendation, bookingUrl } : undefined;
  };

  /**
   * Focus Not Obscured (WCAG 2.4.11): when the element that has keyboard focus (after a focus
   * change, a key or a scroll) is under the floating pill, the pill steps aside until it no
   * longer would cover it.
   */
  private readonly onPageFocus = (): void => {
    const pill = this.view?.variant === 'floating' && !this.view.empty ? this.renderRoot.querySelector('.floating') : null;
    if (!pill) return;
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    this.focused = focused === this || this.renderRoot.contains(focused);
    if (!focused || focused === document.body || this.focused) {
      this.yielding = false;
      return;
    }
    const a = focused.getBoundingClientRect();
    const b = pill.getBoundingClientRect();
    this.yielding = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  };

  private onClick(event: MouseEvent): void {
    const service = this.service || this.outcome?.recommendation || '';
    const detail = { href: (event.currentTarget as Element).getAttribute('href') as string, service, variant: this.view.variant };
    if (!this.emit<BookingClickDetail>('booking-click', detail, true)) return event.preventDefault();
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
    this.dismissed = true;
    // Keep the keyboard's place: focus rests on the emptied host, so Tab goes on from here.
    this.tabIndex = -1;
    this.focus({ preventScroll: true });
    this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
  }

  // Rendering

  override render() {
    const { variant, position, url, empty } = this.view;
    if (empty) return nothing;
    const floating = variant === 'floating';
    const banner = variant === 'banner';
    const aside = this.yielding || (this.overQuiz && !this.focused);
    const classes = floating ? `floating ${position}${aside ? ' yielding' : ''}` : banner ? 'banner' : 'inline';
    // The floating pill holds one action, the booking link (else the contact line), and its dismiss button.
    return html`<div part="base ${banner ? 'banner' : ''}" class=${classes}>
      ${banner ? this.renderBannerText() : nothing} ${url ? this.renderButton(url) : nothing}
      ${floating && url ? nothing : this.renderContact()}
      ${floating
        ? html`<button part="dismiss-button" class="button dismiss" aria-label=${this.t.dismiss} @click=${this.onDismiss}>×</button>`
        : nothing}
    </div>`;
  }

  private renderBannerText() {
    return html`<h2 part="heading" class="heading"><slot name="heading">${this.t.heading}</slot></h2>
      <p part="description" class="description"><slot name="description">${this.t.description}</slot></p>`;
  }

  private renderButton(url: string) {
    const { dialog, target, label } = this.view;
    const t = this.t;
    return html`<a
        part="button"
        class="button book"
        href=${url}
        target=${target}
        rel="noopener noreferrer"
        aria-haspopup=${dialog ? 'dialog' : 'false'}
        @click=${this.onClick}
        ><slot name="icon"></slot>${label}${target === '_blank' && !dialog
          ? html` <span class="visually-hidden">${t.newTab}</span>`
          : nothing}</a
      >${dialog
        ? html`<dialog part="dialog" class="dialog" aria-label=${label} @close=${this.onClose}>
            <form method="dialog"><button part="close-button" class="button secondary">${t.close}</button></form>
            ${this.open ? html`<iframe part="iframe" src=${url} title=${t.frame}></iframe>` : nothing}
            <a part="new-tab-link" class="line" href=${url} target="_blank" rel="noopener noreferrer">${t.openNewTab}</a>
          </dialog>`
        : nothing}`;
  }

  private renderContact() {
    const { phone, email } = this.view;
    if (!phone && !email && !this.online) return nothing;
    return html`<p part="contact" class="contact">
      ${phone ? html`<a class="line" href=${phone.href}>${format(this.t.phone, { phone: phone.text })}</a>` : nothing}
      ${email ? html`<a class="line" href=${email.href}>${format(this.t.email, { email: email.text })}</a>` : nothing}
      ${this.online ? html`<span class="line">${this.t.online}</span>` : nothing}
    </p>`;
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
