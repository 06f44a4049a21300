import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../shared/events.js';
import { LangController, format, withOverrides } from '../shared/i18n.js';
import { childJson, parseJson } from '../shared/json.js';
import { localized } from '../shared/localize.js';
import { buttonStyles, tokens } from '../shared/tokens.js';
import { safeUrl, telUrl } from '../shared/url.js';
import { fail, warn } from '../shared/warn.js';
import {
  decide,
  defaultQuiz,
  score,
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
const SCRIPT = '<script type="application/json">';

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
 * @csspart error - The message shown when Next is pressed without an answer.
 * @csspart next - The Next / See my result button.
 * @csspart back - The Back button.
 * @csspart result - The result screen.
 * @csspart why - Why this result.
 * @csspart reasons - The list of the visitor's answers behind the result.
 * @csspart step - What a first step looks like.
 * @csspart booking-button - The booking button (exported from the inner `<booking-cta>`).
 * @csspart note - The not-a-diagnosis note (and the crisis screen's note).
 * @csspart restart - The Start again button.
 * @csspart crisis - The crisis screen.
 * @csspart crisis-link - Each call or text link on the crisis screen.
 *
 * @cssprop --cw-accent - Buttons, the chosen answer's border, the crisis line's bar.
 * @cssprop --cw-on-accent - Text on accent buttons.
 * @cssprop --cw-surface - Background of the quiz.
 * @cssprop --cw-surface-raised - Background of answers and the crisis line.
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-muted - Progress and notes.
 * @cssprop --cw-border - Answer borders and secondary buttons.
 * @cssprop --cw-radius - Corner radius.
 * @cssprop --cw-space - Space between blocks.
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-heading-font - Heading font.
 * @cssprop --cw-font-size - Base font size.
 * @cssprop --cw-focus-ring - Focus ring colour.
 * @cssprop --cw-error - Colour of the "please choose an answer" message.
 *
 * @fires quiz-start - A visitor starts (or starts again). Detail: null.
 * @fires quiz-answer - A visitor answers a question and moves on. Detail: `{ index, id }`, never the answer.
 * @fires quiz-complete - The result or crisis screen shows. Detail: `{ recommendation, scores, bookingUrl }`.
 */
export class TherapyCoachingQuiz extends LitElement {
  static override styles = [tokens, buttonStyles, styles];

  private readonly i18n = new LangController(this);

  /** The default booking link, for every outcome without its own link. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Booking link for the therapy outcome (falls back to `booking-url`). */
  @property({ attribute: 'therapy-url' }) therapyUrl?: string;
  /** Booking link for the coaching outcome (falls back to `booking-url`). */
  @property({ attribute: 'coaching-url' }) coachingUrl?: string;
  /** The clinic's phone number, as written; offered on the result and crisis screens. */
  @property() phone?: string;
  /** URL of a JSON quiz config, fetched only when set. */
  @property() src?: string;
  /** Keep progress through a reload in sessionStorage (cleared on finishing or starting again). */
  @property({ type: Boolean }) remember = false;
  /** The start screen's heading. */
  @property() heading?: string;
  /** Overrides of any visible string: a JSON object (attribute) or an object (property). */
  @property() strings?: string | Partial<QuizStrings>;
  /** Crisis line to call, as written (default 9-8-8). */
  @property({ attribute: 'crisis-phone' }) crisisPhone = '9-8-8';
  /** Crisis line to text, as written (default 9-8-8); empty for none. */
  @property({ attribute: 'crisis-sms' }) crisisSms = '9-8-8';
  /** Emergency number, as written (default 911). */
  @property({ attribute: 'emergency-phone' }) emergencyPhone = '911';

  @state() private config?: QuizConfig;
  @state() private loading = false;
  @state() private step = -1;
  @state() private answers: (number | null)[] = [];
  @state() private outcome?: QuizRecommendation;
  @state() private error = false;
  private focusHeading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src')) void this.load();
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector('h2')?.focus();
    }
    if (this.remember && !this.loading) {
      try {
        if (this.quiz.questions[this.step] && this.answers.length)
          sessionStorage.setItem(this.key, JSON.stringify({ s: this.step, a: this.answers }));
        else sessionStorage.removeItem(this.key);
      } catch {
        /* storage unavailable */
      }
    }
  }

  private get key(): string {
    return `${TAG}:${this.id}`;
  }

  private get text() {
    return localized(STRINGS, this.i18n.lang);
  }

  private get quiz(): QuizConfig {
    return this.config ?? defaultQuiz(this.text.questions);
  }

  private async load(): Promise<void> {
    let where = 'src',
      data: unknown;
    const src = safeUrl(this.src, TAG, where);
    if (src) {
      this.loading = true;
      try {
        const res = await fetch(src, { signal: AbortSignal.timeout(8000) });
        if (!res.ok) throw res.status;
        data = parseJson(await res.text(), TAG, where);
      } catch (e) {
        warn(TAG, where, `could not load ${src} (${e}); the default quiz is shown.`);
      }
      this.loading = false;
    } else [data, where] = [childJson(this, TAG), SCRIPT];
    const quiz = data === undefined ? undefined : validate(data);
    if (typeof quiz == 'string') fail(TAG, where, `${quiz} is missing or not valid; the default quiz is shown.`);
    this.config = typeof quiz == 'object' ? quiz : undefined;
    this.restore();
  }

  private restore(): void {
    if (!this.remember || this.step >= 0) return;
    try {
      const { s, a } = JSON.parse(sessionStorage.getItem(this.key) ?? '') as { s: number; a: (number | null)[] };
      const qs = this.quiz.questions;
      if (qs[s] && a.every((x, i) => x == null || qs[i]?.answers[x])) [this.step, this.answers] = [s, a];
    } catch {
      /* nothing stored, or not ours */
    }
  }

  private strs(): QuizStrings {
    return withOverrides(withOverrides(this.text.ui, this.config?.strings, TAG), this.strings, TAG);
  }

  private urlFor(r: QuizRecommendation): string | null {
    const own = r == 'therapy' || r == 'coaching' ? safeUrl(this[`${r}Url`], TAG, `${r}-url`) : null;
    return r == 'crisis' ? null : (own ?? safeUrl(this.bookingUrl, TAG, 'booking-url'));
  }

  private go(step: number): void {
    this.step = step;
    this.error = false;
    this.focusHeading = true;
  }

  private start(): void {
    this.answers = [];
    this.outcome = undefined;
    this.go(0);
    emit(this, 'quiz-start', null);
  }

  private choose(i: number): void {
    const a = [...this.answers];
    a[this.step] = i;
    this.answers = a;
    this.error = false;
  }

  private next(e: Event): void {
    e.preventDefault();
    const { questions, threshold, margin } = this.quiz,
      n = this.step,
      a = questions[n].answers[this.answers[n] ?? -1];
    if (!a) {
      this.error = true;
      return;
    }
    emit<QuizAnswerDetail>(this, 'quiz-answer', { index: n, id: questions[n].id });
    if (!a.crisis && n + 1 < questions.length) return this.go(n + 1);
    const scores = a.crisis ? { therapy: 0, coaching: 0 } : score(questions, this.answers);
    const r = (this.outcome = a.crisis ? 'crisis' : decide(scores, threshold, margin));
    this.go(questions.length);
    emit<QuizCompleteDetail>(this, 'quiz-complete', { recommendation: r, scores, bookingUrl: this.urlFor(r) });
  }

  override render() {
    const t = this.strs(),
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
    const values: Record<string, unknown> = { crisis: link(this.crisisPhone), emergency: link(this.emergencyPhone) };
    const line = t.crisisLine.split(/\{(\w+)\}/).map((s, i) => (i % 2 ? (values[s] ?? s) : s));
    return html`<h2 part="heading" tabindex="-1">${this.heading || t.title}</h2>
      <p part="intro">${format(t.intro, { total })}</p>
      <p part="crisis-line">${line}</p>
      <div class="actions">
        <button part="start" class="button" ?disabled=${this.loading} @click=${this.start}>${t.start}</button>
      </div>`;
  }

  private renderQuestion(t: QuizStrings, q: QuizQuestion, total: number) {
    const n = this.step;
    const answers = q.answers.map(
      (a, i) =>
        html`<label part="answer"
          ><input type="radio" name="answer" .checked=${this.answers[n] === i} @change=${() => this.choose(i)} /><span
            >${a.text}</span
          ></label
        >`,
    );
    const error = this.error ? html`<p id="error" part="error" role="alert">${t.choose}</p>` : nothing;
    return html`<form novalidate @submit=${this.next}>
      <fieldset part="question" aria-describedby=${this.error ? 'error' : nothing}>
        <legend>
          <h2 part="heading" tabindex="-1">
            <span part="progress">${format(t.progress, { n: n + 1, total })}</span> ${q.text}
          </h2>
        </legend>
        ${answers}
      </fieldset>
      ${error}
      <div class="actions">
        <button part="next" class="button">${n + 1 < total ? t.next : t.finish}</button>
        <button part="back" class="button secondary" type="button" @click=${() => this.go(n - 1)}>${t.back}</button>
      </div>
    </form>`;
  }

  private renderResult(t: QuizStrings, r: QuizOutcome) {
    const url = this.urlFor(r),
      [heading, why, step, label] = ['Heading', 'Why', 'Step', 'Label'].map((f) => t[(r + f) as keyof QuizStrings]),
      keys = r == 'both' ? ['therapy', 'coaching'] : [r],
      reasons = this.quiz.questions
        .map((q, i) => q.answers[this.answers[i] ?? -1])
        .filter((a) => a && keys.some((k) => (a.weights?.[k as 'therapy'] ?? 0) >= 2))
        .slice(0, 3)
        .map((a) => html`<li>${a.text}</li>`);
    const said = reasons.length ? html`<div><p>${t.youSaid}</p><ul part="reasons">${reasons}</ul></div>` : nothing;
    const cta =
      url || this.phone
        ? html`<booking-cta
            href=${url ?? ''}
            label=${label}
            phone=${this.phone ?? ''}
            service=${r}
            exportparts="button: booking-button"
          ></booking-cta>`
        : nothing;
    return html`<section part="result">
      <h2 part="heading" tabindex="-1">${heading}</h2>
      <p part="why">${why}</p>
      ${said}
      <h3>${t.firstStep}</h3>
      <p part="step">${step}</p>
      ${cta} ${this.renderEnd(t.note, t)}
    </section>`;
  }

  private renderCrisis(t: QuizStrings) {
    const links = (
      [
        [t.crisisCall, this.crisisPhone],
        [t.crisisSms, this.crisisSms, 'sms'],
        [t.crisisEmergency, this.emergencyPhone],
        [t.crisisClinic, this.phone],
      ] as [string, string | undefined, 'sms'?][]
    ).map(([label, n = '', scheme]) => {
      const url = telUrl(n, scheme);
      return url ? html`<li><a part="crisis-link" class="button" href=${url}>${format(label, { number: n })}</a></li>` : nothing;
    });
    return html`<section part="crisis">
      <h2 part="heading" tabindex="-1">${t.crisisHeading}</h2>
      <p>${t.crisisText}</p>
      <ul class="actions" role="list">
        ${links}
      </ul>
      ${this.renderEnd(t.crisisNote, t)}
    </section>`;
  }

  private renderEnd(note: string, t: QuizStrings): TemplateResult {
    const p = note ? html`<p part="note">${note}</p>` : nothing;
    return html`${p}
      <div class="actions">
        <button part="restart" class="button secondary" @click=${this.start}>${t.restart}</button>
      </div>`;
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
