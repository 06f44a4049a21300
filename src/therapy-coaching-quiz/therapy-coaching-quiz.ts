import { LitElement, html, type PropertyValues } from 'lit';
import { emit } from '../shared/events.js';
import { flag } from '../shared/flag.js';
import { LangController, fill, format, withOverrides } from '../shared/i18n.js';
import { childJson, parseJson } from '../shared/json.js';
import { localized } from '../shared/localize.js';
import { buttonStyles, tokens } from '../shared/tokens.js';
import { safeUrl, telUrl } from '../shared/url.js';
import { warn } from '../shared/warn.js';
import {
  decide,
  defaultQuiz,
  score,
  strongest,
  validate,
  type QuizConfig,
  type QuizOutcome,
  type QuizQuestion,
  type QuizRecommendation,
  type QuizScores,
} from './therapy-coaching-quiz.logic.js';
import { STRINGS, type QuizStrings } from './therapy-coaching-quiz.strings.js';
import { styles } from './therapy-coaching-quiz.styles.js';
import '../booking-cta/booking-cta.js';

export type * from './therapy-coaching-quiz.logic.js';
export type { QuizStrings } from './therapy-coaching-quiz.strings.js';

/** Detail of `quiz-answer`: which question was answered (never the answer). */
export interface QuizAnswerDetail {
  index: number;
  id: string;
}

/** Detail of `quiz-complete`. `scores` are 0 and `bookingUrl` null for `crisis`. */
export interface QuizCompleteDetail {
  recommendation: QuizRecommendation;
  scores: QuizScores;
  bookingUrl: string | null;
}

const TAG = 'therapy-coaching-quiz';

/**
 * A calm self-check that recommends therapy, coaching or both, with a safe crisis path.
 * Runs entirely on the page: nothing is sent or stored unless `src` or `remember` is set.
 *
 * @tagname therapy-coaching-quiz
 * @summary A private self-check: therapy, coaching, both or a consultation, with a crisis path and the way to book.
 *
 * @csspart base - The wrapper of every screen.
 * @csspart heading - The heading of each screen (receives focus when the screen changes).
 * @csspart intro - The start screen's sentence on what the quiz is and is not.
 * @csspart crisis-line - The start screen's one-line crisis help.
 * @csspart start - The Start button.
 * @csspart question - The fieldset of a question's answers.
 * @csspart progress - "Question 2 of 6", inside the question heading.
 * @csspart answer - Each answer (a label around its radio button).
 * @csspart next - The Next button (it asks for an answer first, as a required radio group).
 * @csspart back - The Back button.
 * @csspart result - The result screen.
 * @csspart why - Why this result.
 * @csspart reasons - "You answered: …", quoting the visitor's answer that points most to the result.
 * @csspart step - What a first step looks like.
 * @csspart booking-button - The booking button (exported from the inner `<booking-cta>`).
 * @csspart note - The not-a-diagnosis note.
 * @csspart restart - The Start again button.
 * @csspart crisis - The crisis screen.
 * @csspart crisis-link - Each call or text link on the crisis screen.
 *
 * @cssprop --cw-accent - Buttons, radio buttons, the crisis line's bar.
 * @cssprop --cw-on-accent - Text on accent buttons.
 * @cssprop --cw-surface - Background of the quiz.
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-muted - Progress and the note.
 * @cssprop --cw-border - Secondary buttons' border.
 * @cssprop --cw-radius - Buttons' corner radius.
 * @cssprop --cw-space - Space between blocks.
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-heading-font - Heading font.
 * @cssprop --cw-font-size - Base font size.
 * @cssprop --cw-focus-ring - Focus ring colour.
 * @cssprop --cw-accent-hover - Buttons on hover.
 * @cssprop --cw-duration - The buttons' colour change on hover (0 under reduced motion).
 *
 * @fires {CustomEvent<null>} quiz-start - A visitor starts (or starts again). Detail: null.
 * @fires {CustomEvent<QuizAnswerDetail>} quiz-answer - A visitor answers a question and moves on. Detail: `{ index, id }`, never the answer.
 * @fires {CustomEvent<QuizCompleteDetail>} quiz-complete - The result or crisis screen shows. Detail: `{ recommendation, scores, bookingUrl }`.
 */
export class TherapyCoachingQuiz extends LitElement {
  static override styles = [tokens, buttonStyles, styles];
  static override properties = {
    bookingUrl: { attribute: 'booking-url' },
    therapyUrl: { attribute: 'therapy-url' },
    coachingUrl: { attribute: 'coaching-url' },
    phone: {},
    src: {},
    remember: { type: Boolean, converter: flag },
    heading: {},
    strings: {},
    crisisPhone: { attribute: 'crisis-phone' },
    crisisSms: { attribute: 'crisis-sms' },
    emergencyPhone: { attribute: 'emergency-phone' },
    config: { state: true },
    step: { state: true },
  };

  private readonly i18n = new LangController(this);

  /** The default booking link, for every outcome without its own link. */
  declare bookingUrl?: string;
  /** Booking link for the therapy outcome (falls back to `booking-url`). */
  declare therapyUrl?: string;
  /** Booking link for the coaching outcome (falls back to `booking-url`). */
  declare coachingUrl?: string;
  /** The clinic's phone number, as written; offered on the result and crisis screens. */
  declare phone?: string;
  /** URL of a JSON quiz config, fetched only when set. */
  declare src?: string;
  /** Keep progress through a reload in sessionStorage (cleared on finishing or starting again). */
  declare remember: boolean;
  /** The start screen's heading. */
  declare heading?: string;
  /** Overrides of any visible string: a JSON object (attribute) or an object (property). */
  declare strings?: string | Partial<QuizStrings>;
  /** Crisis line to call, as written (default 9-8-8). */
  declare crisisPhone: string;
  /** Crisis line to text, as written (default 9-8-8); empty for none. */
  declare crisisSms: string;
  /** Emergency number, as written (default 911). */
  declare emergencyPhone: string;

  /** The clinic's config; `null` while it loads from `src`. */
  declare private config?: QuizConfig | null;
  declare private step: number;
  /** The last result, set with the step that shows it. */
  private outcome?: QuizRecommendation;
  private answers: (number | null)[] = [];

  constructor() {
    super();
    this.crisisPhone = '9-8-8';
    this.crisisSms = '9-8-8';
    this.emergencyPhone = '911';
    this.remember = false;
    this.step = -1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src')) void this.load();
  }

  protected override updated(): void {
    if (this.remember && this.config !== null)
      try {
        if (this.quiz.questions[this.step] && this.answers.length)
          sessionStorage.setItem(this.key, JSON.stringify({ s: this.step, a: this.answers }));
        else sessionStorage.removeItem(this.key);
      } catch {
        /* storage unavailable */
      }
  }

  private get key(): string {
    return `${TAG}:${this.id}`;
  }

  private get quiz(): QuizConfig {
    return this.config ?? defaultQuiz(localized(STRINGS, this.i18n.lang).questions);
  }

  /** Reads the config (from `src`, else a child script), then any remembered progress. */
  private async load(): Promise<void> {
    let where = 'src',
      data: unknown;
    const given = this.src,
      src = safeUrl(given, TAG, where);
    if (src) {
      this.config = null;
      try {
        const res = await fetch(src, { signal: AbortSignal.timeout(8000) });
        if (!res.ok) throw res.status;
        data = parseJson(await res.text(), TAG, where);
      } catch (e) {
        warn(TAG, where, `could not load ${src} (${e}); the default quiz is shown.`);
      }
      // `src` changed while this one loaded: the newer load decides.
      if (this.src !== given) return;
    } else [data, where] = [childJson(this, TAG), '<script type="application/json">'];
    const quiz = data === undefined ? undefined : validate(data);
    if (typeof quiz == 'string') warn(TAG, where, `${quiz} is missing or not valid; the default quiz is shown.`, true);
    this.config = typeof quiz == 'object' ? quiz : undefined;
    if (this.remember && this.step < 0)
      try {
        const { s, a } = JSON.parse(sessionStorage.getItem(this.key) as string) as { s: number; a: (number | null)[] },
          qs = this.quiz.questions;
        if (qs[s] && a.every((x, i) => x == null || qs[i]?.answers[x])) [this.step, this.answers] = [s, a];
      } catch {
        /* nothing stored, or not ours */
      }
  }

  /** The outcome's own booking link (`therapy-url`, `coaching-url`; there is no `both-url`), else `booking-url`. */
  private urlFor(r: QuizOutcome): string | null {
    return safeUrl(this[`${r as 'therapy'}Url`], TAG, `${r}-url`) ?? safeUrl(this.bookingUrl, TAG, 'booking-url');
  }

  /** Shows a screen and moves focus to its heading, so it is read out. */
  private async go(step: number): Promise<void> {
    this.step = step;
    await this.updateComplete;
    this.renderRoot.querySelector('h2')?.focus();
  }

  /** A crisis number to call: the attribute's, or the default when it is empty or has no number to dial (one warning). */
  private dial(attribute: 'crisis-phone' | 'emergency-phone', value: string, fallback: string): string {
    const dialable = value && telUrl(value);
    if (value && !dialable) warn(TAG, attribute, `"${value}" has no number to call; ${fallback} is used.`);
    return dialable ? value : fallback;
  }

  private start(): void {
    this.answers = [];
    void this.go(0);
    emit(this, 'quiz-start', null);
  }

  private choose(e: Event): void {
    this.answers[this.step] = +(e.target as HTMLInputElement).value;
    this.requestUpdate();
  }

  /** Next (the form's submit, only once an answer is chosen): the next question, or the end. */
  private next(e: Event): void {
    e.preventDefault();
    const { questions, threshold, margin } = this.quiz,
      n = this.step,
      { crisis } = questions[n].answers[this.answers[n] as number];
    emit<QuizAnswerDetail>(this, 'quiz-answer', { index: n, id: questions[n].id });
    if (!crisis && n + 1 < questions.length) return void this.go(n + 1);
    const scores = score(questions, crisis ? [] : this.answers),
      r = crisis ? null : decide(scores, threshold, margin);
    this.outcome = r ?? 'crisis';
    void this.go(questions.length);
    emit<QuizCompleteDetail>(this, 'quiz-complete', { recommendation: this.outcome, scores, bookingUrl: r && this.urlFor(r) });
  }

  override render() {
    const t = withOverrides(withOverrides(localized(STRINGS, this.i18n.lang).ui, this.config?.strings, TAG), this.strings, TAG),
      { questions } = this.quiz,
      q = questions[this.step],
      screen =
        this.step < 0
          ? this.renderStart(t, questions.length)
          : q
            ? this.renderQuestion(t, q, questions.length)
            : this.outcome == 'crisis'
              ? this.renderCrisis(t)
              : this.renderResult(t, this.outcome as QuizOutcome);
    return html`<div part="base" class="base">${screen}</div>`;
  }

  private renderStart(t: QuizStrings, total: number) {
    const link = (n: string) => {
      const url = telUrl(n);
      return url ? html`<a href=${url}>${n}</a>` : n;
    };
    const line = fill(t.crisisLine, {
      crisis: link(this.dial('crisis-phone', this.crisisPhone, '9-8-8')),
      emergency: link(this.dial('emergency-phone', this.emergencyPhone, '911')),
    });
    return html`<h2 part="heading" tabindex="-1">${this.heading || t.title}</h2>
      <p part="intro">${format(t.intro, { total })}</p>
      <p part="crisis-line">${line}</p>
      <div class="actions">
        <button part="start" class="button" ?disabled=${this.config === null} @click=${this.start}>${t.start}</button>
      </div>`;
  }

  private renderQuestion(t: QuizStrings, q: QuizQuestion, total: number) {
    const n = this.step;
    return html`<form @submit=${this.next} @change=${this.choose}>
      <fieldset part="question">
        <legend>
          <h2 part="heading" tabindex="-1">
            <span part="progress">${format(t.progress, { n: n + 1, total })}</span> ${q.text}
          </h2>
        </legend>
        ${q.answers.map(
          (a, i) =>
            html`<label part="answer"
              ><input type="radio" name="answer" required value=${i} .checked=${this.answers[n] === i} />${a.text}</label
            >`,
        )}
      </fieldset>
      <div class="actions">
        <button part="next" class="button">${t.next}</button>
        <button part="back" class="button secondary" type="button" @click=${() => void this.go(n - 1)}>${t.back}</button>
      </div>
    </form>`;
  }

  private renderResult(t: QuizStrings, r: QuizOutcome) {
    const url = this.urlFor(r),
      [heading, why, step, label] = ['Heading', 'Why', 'Step', 'Label'].map((f) => t[(r + f) as keyof QuizStrings]),
      answer = strongest(this.quiz.questions, this.answers, r);
    return html`<section part="result">
      <h2 part="heading" tabindex="-1">${heading}</h2>
      ${answer && html`<p part="reasons">${format(t.youSaid, { answer })}</p>`}
      <p part="why">${why}</p>
      <h3>${t.firstStep}</h3>
      <p part="step">${step}</p>
      ${(url || this.phone) &&
      html`<booking-cta
        href=${url ?? ''}
        label=${label}
        phone=${this.phone ?? ''}
        service=${r}
        .strings=${{ phone: t.phone, newTab: t.newTab }}
        exportparts="button: booking-button"
      ></booking-cta>`}
      <p part="note">${t.note}</p>
      <div class="actions">
        <button part="restart" class="button secondary" @click=${this.start}>${t.restart}</button>
      </div>
    </section>`;
  }

  private renderCrisis(t: QuizStrings) {
    const links = (
      [
        // A crisis screen always has a number to call: an emptied or unusable attribute gives the default.
        [t.crisisCall, this.dial('crisis-phone', this.crisisPhone, '9-8-8')],
        [t.crisisSms, this.crisisSms, 'sms'],
        [t.crisisEmergency, this.dial('emergency-phone', this.emergencyPhone, '911')],
        [t.crisisClinic, this.phone],
      ] as [string, string | null | undefined, 'sms'?][]
    ).map(([label, n, scheme]) => {
      const url = n && telUrl(n, scheme);
      // The number in a span that never breaks across lines (a dash is a break opportunity).
      return url && html`<li><a part="crisis-link" class="button" href=${url}>${fill(label, { number: html`<span>${n}</span>` })}</a></li>`;
    });
    return html`<section part="crisis">
      <h2 part="heading" tabindex="-1">${t.crisisHeading}</h2>
      <p>${t.crisisText}</p>
      <ul class="actions" role="list">
        ${links}
      </ul>
      <div class="actions">
        <button part="restart" class="button secondary" @click=${this.start}>${t.restart}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-coaching-quiz': TherapyCoachingQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'quiz-start': CustomEvent<null>;
    'quiz-answer': CustomEvent<QuizAnswerDetail>;
    'quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}
