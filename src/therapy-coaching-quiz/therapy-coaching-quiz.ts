import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClinicElement } from '../shared/clinic-element.js';
import { flag } from '../shared/flag.js';
import { fill, format, plural } from '../shared/i18n.js';
import { childJson, isRecord, parseJson } from '../shared/json.js';
import { localized } from '../shared/localize.js';
import { buttonStyles, tokens } from '../shared/tokens.js';
import { readPhone, safeUrl, telUrl, type Phone } from '../shared/url.js';
import {
  defaultQuiz,
  recommend,
  score,
  supportingAnswer,
  undisclosed,
  isCrisis,
  validate,
  type QuizConfig,
  type QuizOutcome,
  type QuizQuestion,
  type QuizRecommendation,
  type QuizScores,
} from './therapy-coaching-quiz.logic.js';
import { STRINGS, UI, type QuizStrings } from './therapy-coaching-quiz.strings.js';
import { styles } from './therapy-coaching-quiz.styles.js';
import '../booking-cta/booking-cta.js';

export type * from './therapy-coaching-quiz.logic.js';
export type { QuizStrings } from './therapy-coaching-quiz.strings.js';

/** Detail of `quiz-answer`: which question was answered (never the answer). */
export interface QuizAnswerDetail {
  index: number;
  id: string;
}

/** Detail of `quiz-crisis-help`: whether crisis help now shows under the question (never which answer). */
export interface QuizCrisisHelpDetail {
  shown: boolean;
}

/**
 * Detail of `quiz-complete`. `scores` are the summed weights of a custom weighted quiz (0 for the
 * default quiz, which decides by rules, and for `crisis`); `bookingUrl` is null for `crisis`.
 */
export interface QuizCompleteDetail {
  recommendation: QuizRecommendation;
  scores: QuizScores;
  bookingUrl: string | null;
}

/** A crisis line a clinic lists (`crisis-resources`): its name, a number to call and/or to text, and its hours. */
export interface CrisisResource {
  name: string;
  call?: string;
  text?: string;
  hours?: string;
}

/** The screen the quiz shows: exactly one at a time. */
type Screen =
  | { kind: 'start' }
  | { kind: 'question'; index: number }
  | { kind: 'result'; outcome: QuizOutcome }
  | { kind: 'crisis' };

/** Where the quiz comes from: the default, a clinic's config, or `src` while it loads. */
type Source = { kind: 'default' } | { kind: 'loading' } | { kind: 'custom'; config: QuizConfig };

/** A crisis line ready to show: its numbers already checked (null: none to dial). */
interface CrisisLine {
  name: string;
  hours: string;
  call: string | null;
  text: string | null;
}

/** The result screen's texts for each outcome, by string id. */
const RESULT_TEXT: Record<QuizOutcome, { heading: string; why: string; step: string; label: string }> = {
  therapy: { heading: 'therapyHeading', why: 'therapyWhy', step: 'therapyStep', label: 'therapyLabel' },
  coaching: { heading: 'coachingHeading', why: 'coachingWhy', step: 'coachingStep', label: 'coachingLabel' },
  both: { heading: 'bothHeading', why: 'bothWhy', step: 'bothStep', label: 'bothLabel' },
  consultation: { heading: 'consultationHeading', why: 'consultationWhy', step: 'consultationStep', label: 'consultationLabel' },
};

const DEFAULT_CRISIS_PHONE = '9-8-8';
const DEFAULT_EMERGENCY = '911';
const KIDS_HELP_PHONE = { call: '1-800-668-6868', text: '686868' };

/**
 * A calm self-check that recommends therapy, coaching, both or a consultation, following the
 * article's rules, with crisis help on every screen. Runs entirely on the page: nothing is sent
 * or stored unless `src` or `remember` is set.
 *
 * @tagname therapy-coaching-quiz
 * @summary A private self-check: therapy, coaching, both or a consultation, with crisis help on every screen and the way to book.
 *
 * @csspart base - The wrapper of every screen.
 * @csspart crisis-line - The one-line crisis help at the top of the start, question and result screens.
 * @csspart heading - The heading of each screen (receives focus when the screen changes).
 * @csspart intro - The start screen's sentence on what the quiz is and is not.
 * @csspart start - The Start button.
 * @csspart question - The fieldset of a question's answers.
 * @csspart progress - "Question 2 of 7", inside the question heading.
 * @csspart answer - Each answer (a label around its radio button).
 * @csspart crisis-now - The help shown at once under a question when a crisis answer is chosen.
 * @csspart next - The Next button (it asks for an answer first, as a required radio group).
 * @csspart back - The Back button.
 * @csspart safety - The result's first block when the visitor would rather not say whether they are safe.
 * @csspart result - The result screen.
 * @csspart why - Why this result.
 * @csspart reasons - "You answered: …", quoting an answer that supports the result.
 * @csspart step - What a first step looks like.
 * @csspart booking-button - The booking button (exported from the inner `<booking-cta>`).
 * @csspart note - The not-a-diagnosis note.
 * @csspart restart - The Start again button.
 * @csspart crisis - The crisis screen.
 * @csspart crisis-resource - Each crisis line on the crisis screen (its name, hours and links).
 * @csspart crisis-link - Each call or text link on the crisis screen and under a crisis answer.
 * @csspart youth - The note for young people (`youth`).
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
 * @fires {CustomEvent<QuizCrisisHelpDetail>} quiz-crisis-help - Crisis help shows under a question (a crisis answer is chosen), or goes (another answer is chosen). Detail: `{ shown }`. A `<booking-cta for>` steps aside while it shows.
 * @fires {CustomEvent<QuizCompleteDetail>} quiz-complete - The result or crisis screen shows. Detail: `{ recommendation, scores, bookingUrl }`.
 */
export class TherapyCoachingQuiz extends ClinicElement<QuizStrings> {
  static override styles = [tokens, buttonStyles, styles];

  // Properties

  /** The default booking link, for every outcome without its own link. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Booking link for the therapy outcome (falls back to `booking-url`). */
  @property({ attribute: 'therapy-url' }) therapyUrl?: string;
  /** Booking link for the coaching outcome (falls back to `booking-url`). */
  @property({ attribute: 'coaching-url' }) coachingUrl?: string;
  /** The clinic's phone number, as written; offered on the result and crisis screens. */
  @property() phone?: string;
  /** When the clinic answers its phone ("Mon–Fri, 9 am–5 pm"): shown beside "Call the clinic" on the crisis screen. */
  @property() hours?: string;
  /** URL of a JSON quiz config, fetched only when set. */
  @property() src?: string;
  /** Keep progress through a reload in sessionStorage (cleared on finishing or starting again). */
  @property({ type: Boolean, converter: flag }) remember = false;
  /** The start screen's heading. */
  @property() heading?: string;
  /** Crisis line to call, as written (default 9-8-8). */
  @property({ attribute: 'crisis-phone' }) crisisPhone = DEFAULT_CRISIS_PHONE;
  /** Crisis line to text, as written; empty for none. Default: 9-8-8 while `crisis-phone` is 9-8-8, else none. */
  @property({ attribute: 'crisis-sms' }) crisisSms?: string;
  /** The crisis line's name, for another `crisis-phone` (9-8-8 has its own). */
  @property({ attribute: 'crisis-name' }) crisisName?: string;
  /** Emergency number, as written (default 911). */
  @property({ attribute: 'emergency-phone' }) emergencyPhone = DEFAULT_EMERGENCY;
  /**
   * More crisis lines, listed after 9-8-8 on the crisis screen: a JSON list (attribute) or a list
   * (property) of `{ name, call, text, hours }`.
   */
  @property({ attribute: 'crisis-resources' }) crisisResources?: string | CrisisResource[];
  /** Adds Kids Help Phone (Canada) and a word on counselling for under-18s to the start and crisis screens. */
  @property({ type: Boolean, converter: flag }) youth = false;

  // State

  @state() private source: Source = { kind: 'default' };
  @state() private screen: Screen = { kind: 'start' };
  /** The chosen answer's index for each question (a new array on every change). */
  @state() private answers: readonly (number | null)[] = [];

  /** Derived in willUpdate: the quiz in the current language, the booking links, the clinic's phone and the crisis lines. */
  #quiz!: QuizConfig;
  #links: Record<QuizOutcome, string | null> = { therapy: null, coaching: null, both: null, consultation: null };
  #phone?: Phone;
  #crisisLine: CrisisLine = { name: '', hours: '', call: DEFAULT_CRISIS_PHONE, text: DEFAULT_CRISIS_PHONE };
  #emergency = DEFAULT_EMERGENCY;
  #moreCrisisLines: CrisisLine[] = [];
  #quizFor?: { source: Source; locale: string };
  #loadedFor?: string;

  constructor() {
    super(UI);
  }

  // Lifecycle

  protected override willUpdate(changed: PropertyValues): void {
    const changedAny = (...keys: string[]) => !this.hasUpdated || keys.some((key) => changed.has(key));
    // The config first: its strings sit under the `strings` attribute's (see extraStrings).
    if (changedAny('src')) this.#readConfig();
    super.willUpdate(changed);
    if (this.#quizFor?.source !== this.source || this.#quizFor.locale !== this.locale) {
      this.#quiz = this.source.kind === 'custom' ? this.source.config : defaultQuiz(localized(STRINGS, this.locale).questions);
      this.#quizFor = { source: this.source, locale: this.locale };
    }
    if (changedAny('source')) this.#restore();
    if (changedAny('bookingUrl', 'therapyUrl', 'coachingUrl', 'phone')) this.#checkLinks();
    if (changedAny('crisisPhone', 'crisisSms', 'crisisName', 'emergencyPhone', 'crisisResources')) this.#checkCrisisLines();
  }

  protected override updated(): void {
    // While `src` loads, what is stored is not ours to clear yet: it is restored once the quiz arrives.
    if (this.remember && this.source.kind !== 'loading') this.#store();
  }

  /** A clinic's config may override strings too; the `strings` attribute wins over it. */
  protected override extraStrings(): unknown {
    return this.source.kind === 'custom' ? this.source.config.strings : undefined;
  }

  // Reading and checking what the webmaster gave

  /** Reads the config: from `src` (fetched), else a child `<script type="application/json">`, else the default. */
  #readConfig(): void {
    const src = safeUrl(this.src, this.tag, 'src');
    if (src) {
      this.source = { kind: 'loading' };
      void this.#fetchConfig(src);
      return;
    }
    this.source = this.#accept(childJson(this, this.tag), '<script type="application/json">');
  }

  async #fetchConfig(src: string): Promise<void> {
    this.#loadedFor = src;
    let data: unknown;
    try {
      const response = await fetch(src, { signal: AbortSignal.timeout(8000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = parseJson(await response.text(), this.tag, 'src');
    } catch (error) {
      this.warn('src', `could not load ${src} (${(error as Error).message}); the default quiz is shown.`);
    }
    // `src` changed while this one loaded: the newer load decides.
    if (this.#loadedFor !== src) return;
    this.source = this.#accept(data, 'src');
  }

  /** A clinic's config if it is valid (with one warning per note), else the default with one error. */
  #accept(data: unknown, where: string): Source {
    if (data === undefined) return { kind: 'default' };
    const checked = validate(data);
    if ('path' in checked) {
      this.warn(where, `${checked.path} ${checked.message}; the default quiz is shown.`, true);
      return { kind: 'default' };
    }
    for (const note of checked.notes) this.warn(where, `${note.path}: ${note.message}.`);
    return { kind: 'custom', config: checked.config };
  }

  /** Checks the booking links and phone at load, so a mistake is said before any visitor reaches a result. */
  #checkLinks(): void {
    const booking = safeUrl(this.bookingUrl, this.tag, 'booking-url');
    this.#links = {
      therapy: safeUrl(this.therapyUrl, this.tag, 'therapy-url') ?? booking,
      coaching: safeUrl(this.coachingUrl, this.tag, 'coaching-url') ?? booking,
      both: booking,
      consultation: booking,
    };
    this.#phone = readPhone(this.tag, 'phone', this.phone);
    if (Object.values(this.#links).some(Boolean) || this.#phone) return;
    // A booking button on the page that follows this quiz (`for`) is a way to book too: look once the page is parsed.
    const check = () => {
      const followed = this.id && document.querySelector(`booking-cta[for="${CSS.escape(this.id)}"]`);
      if (!followed && !this.bookingUrl && !this.phone)
        this.warn(
          'booking-url',
          'missing, and no phone either: the result cannot offer a way to book. Add booking-url="https://…" (your booking page) or phone="…".',
        );
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
    else check();
  }

  /** Checks the crisis numbers and the clinic's list of crisis lines. A crisis screen always has a number to call. */
  #checkCrisisLines(): void {
    const call = this.#dialable('crisis-phone', this.crisisPhone, DEFAULT_CRISIS_PHONE);
    const isDefault = call === DEFAULT_CRISIS_PHONE;
    if (!isDefault && !this.crisisName)
      this.warn('crisis-phone', `"${call}" is set without crisis-name: add crisis-name="…" so visitors know which line they are calling (9-8-8's name is no longer shown).`);
    // 9-8-8 takes texts; another line is texted only if the clinic says so (crisis-sms).
    const sms = (this.crisisSms ?? (isDefault ? DEFAULT_CRISIS_PHONE : '')).trim() || null;
    if (sms && !telUrl(sms, 'sms')) this.warn('crisis-sms', `"${sms}" has no number to text; no text link is shown.`);
    // The name and hours of 9-8-8 come from the strings (in the visitor's language) when it is not renamed.
    this.#crisisLine = { name: this.crisisName?.trim() ?? '', hours: '', call, text: sms && telUrl(sms, 'sms') ? sms : null };
    this.#emergency = this.#dialable('emergency-phone', this.emergencyPhone, DEFAULT_EMERGENCY);
    this.#moreCrisisLines = this.#readCrisisResources();
  }

  /** A crisis number to call: the attribute's, or the default when it is empty or has no number to dial (one warning). */
  #dialable(attribute: string, value: string | undefined, fallback: string): string {
    const given = value?.trim();
    if (given && telUrl(given)) return given;
    if (given) this.warn(attribute, `"${given}" has no number to call; ${fallback} is used.`);
    return fallback;
  }

  #readCrisisResources(): CrisisLine[] {
    const given = typeof this.crisisResources === 'string' ? parseJson(this.crisisResources, this.tag, 'crisis-resources') : this.crisisResources;
    if (given === undefined || given === null) return [];
    if (!Array.isArray(given)) {
      this.warn('crisis-resources', 'expected a JSON list like [{"name": "…", "call": "…", "text": "…", "hours": "…"}]; it was ignored.');
      return [];
    }
    const lines: CrisisLine[] = [];
    given.forEach((entry: unknown, i: number) => {
      const where = `crisis-resources[${i}]`;
      const text = (key: string) => (isRecord(entry) && typeof entry[key] === 'string' ? (entry[key] as string).trim() : '');
      const [name, call, sms, hours] = ['name', 'call', 'text', 'hours'].map(text);
      const line = { name, hours, call: call && telUrl(call) ? call : null, text: sms && telUrl(sms, 'sms') ? sms : null };
      if (!name) this.warn(where, 'needs a "name"; it was left out.');
      else if (!line.call && !line.text) this.warn(where, `"${name}" has no "call" or "text" number to dial; it was left out.`);
      else lines.push(line);
    });
    return lines;
  }

  // Progress kept through a reload (`remember` only)

  get #storageKey(): string {
    return `${this.tag}:${this.id}`;
  }

  #store(): void {
    try {
      if (this.screen.kind === 'question' && this.answers.length)
        sessionStorage.setItem(this.#storageKey, JSON.stringify({ question: this.screen.index, answers: this.answers }));
      else sessionStorage.removeItem(this.#storageKey);
    } catch {
      /* storage unavailable */
    }
  }

  #restore(): void {
    if (!this.remember || this.source.kind === 'loading' || this.screen.kind !== 'start') return;
    try {
      const stored = JSON.parse(sessionStorage.getItem(this.#storageKey) ?? 'null') as unknown;
      if (!isRecord(stored) || !Array.isArray(stored.answers) || typeof stored.question !== 'number') return;
      const { questions } = this.#quiz;
      const answers = stored.answers as unknown[];
      const fits = answers.every((a, i) => a === null || (typeof a === 'number' && questions[i]?.answers[a] !== undefined));
      if (questions[stored.question] && fits) {
        this.screen = { kind: 'question', index: stored.question };
        this.answers = answers as (number | null)[];
      }
    } catch {
      /* nothing stored, or not ours */
    }
  }

  // Handlers

  #onStart(): void {
    this.answers = [];
    void this.#show({ kind: 'question', index: 0 });
    this.emit('quiz-start', null);
  }

  #onChoose(event: Event, index: number): void {
    const answers = [...this.answers];
    answers[index] = Number((event.target as HTMLInputElement).value);
    const { answers: choices } = this.#quiz.questions[index];
    const crisisBefore = isCrisis(choices[this.answers[index] ?? -1]);
    this.answers = answers;
    // Crisis help shows (or goes) under the question: a booking button that follows this quiz steps aside.
    const crisisNow = isCrisis(choices[answers[index] ?? -1]);
    if (crisisNow === crisisBefore) return;
    this.emit<QuizCrisisHelpDetail>('quiz-crisis-help', { shown: crisisNow });
    // The help's call buttons in view, not below a small phone's screen (focus stays on the answer).
    if (crisisNow) void this.updateComplete.then(() => this.renderRoot.querySelector('.crisis-now')?.scrollIntoView({ block: 'nearest' }));
  }

  /** Next (the form's submit, only once an answer is chosen): the next question, or the end. */
  #onNext(event: Event, index: number): void {
    event.preventDefault();
    // The next question reuses these inputs. Unchecked here, it opens with no answer chosen even
    // when no render came between the click on an answer and Next (Lit sets only what changed).
    (event.target as HTMLFormElement).reset();
    const { questions } = this.#quiz;
    this.emit<QuizAnswerDetail>('quiz-answer', { index, id: questions[index].id });
    const crisis = isCrisis(questions[index].answers[this.answers[index] ?? -1]);
    if (!crisis && index + 1 < questions.length) {
      void this.#show({ kind: 'question', index: index + 1 });
      return;
    }
    const recommendation = recommend(this.#quiz, this.answers.slice(0, index + 1));
    void this.#show(recommendation === 'crisis' ? { kind: 'crisis' } : { kind: 'result', outcome: recommendation });
    this.emit<QuizCompleteDetail>('quiz-complete', {
      recommendation,
      scores: recommendation === 'crisis' ? { therapy: 0, coaching: 0 } : score(this.#quiz.questions, this.answers),
      bookingUrl: recommendation === 'crisis' ? null : this.#links[recommendation],
    });
  }

  #onBack(index: number): void {
    void this.#show(index > 0 ? { kind: 'question', index: index - 1 } : { kind: 'start' });
  }

  /**
   * Shows a screen and moves focus to its first heading, so it is read out. The screen opens
   * from its top on a small phone: the crisis help's heading at the top of the screen, with the
   * numbers under it; any other screen with its crisis line and heading in view, not scrolled
   * off above after a Next pressed at the bottom of the screen.
   */
  async #show(screen: Screen): Promise<void> {
    this.screen = screen;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector('h2');
    heading?.focus({ preventScroll: true });
    if (screen.kind === 'crisis') return heading?.scrollIntoView({ block: 'start' });
    const offScreen = this.getBoundingClientRect().top < 0 || (heading?.getBoundingClientRect().bottom ?? 0) > innerHeight;
    if (offScreen) this.scrollIntoView({ block: 'start' });
  }

  // Rendering

  override render() {
    const { screen } = this;
    // The crisis screen is all crisis help, and a result after "I'd rather not say" leads with it: no extra line there.
    const ledByHelp = screen.kind === 'crisis' || (screen.kind === 'result' && undisclosed(this.#quiz, this.answers));
    return html`<div part="base" class="base">
      ${ledByHelp ? nothing : this.#renderCrisisLine()}
      ${screen.kind === 'start'
        ? this.#renderStart()
        : screen.kind === 'question'
          ? this.#renderQuestion(this.#quiz.questions[screen.index], screen.index)
          : screen.kind === 'result'
            ? this.#renderResult(screen.outcome)
            : this.#renderCrisis()}
    </div>`;
  }

  /** One calm line: call or text the crisis line, or call the emergency number. */
  #renderCrisisLine() {
    const { call, text } = this.#crisisLine;
    const link = (n: string | null) => html`<a class="number" href=${telUrl(n ?? '') ?? ''}>${n}</a>`;
    const crisis = link(call);
    const reach = fill(text ? this.t.callOrText : this.t.callOnly, { crisis });
    return html`<p part="crisis-line" class="crisis-line">${fill(this.t.crisisLine, { reach, crisis, emergency: link(this.#emergency) })}</p>`;
  }

  #renderStart() {
    const total = this.#quiz.questions.length;
    return html`<h2 part="heading" tabindex="-1">${this.heading || this.t.title}</h2>
      <p part="intro">${format(plural(this.t, 'intro', total, this.locale), { total })}</p>
      ${this.youth ? this.#renderYouth() : nothing}
      <div class="actions">
        <button part="start" class="button" ?disabled=${this.source.kind === 'loading'} @click=${this.#onStart}>${this.t.start}</button>
      </div>`;
  }

  #renderQuestion(question: QuizQuestion, index: number) {
    const total = this.#quiz.questions.length;
    const chosen = this.answers[index];
    const crisisChosen = isCrisis(question.answers[chosen ?? -1]);
    return html`<form @submit=${(e: Event) => this.#onNext(e, index)} @change=${(e: Event) => this.#onChoose(e, index)}>
      <fieldset part="question" class="question">
        <legend>
          <h2 part="heading" tabindex="-1">
            <span part="progress" class="progress">${format(this.t.progress, { n: index + 1, total })}</span> ${question.text}
          </h2>
        </legend>
        ${question.answers.map(
          (answer, i) =>
            html`<label part="answer" class="answer"
              ><input type="radio" name="answer" required value=${i} .checked=${chosen === i} />${answer.text}</label
            >`,
        )}
      </fieldset>
      <div class="crisis-now-region" aria-live="polite">${crisisChosen ? this.#renderCrisisNow() : nothing}</div>
      <div class="actions">
        <button part="next" class="button">${this.t.next}</button>
        <button part="back" class="button secondary" type="button" @click=${() => this.#onBack(index)}>${this.t.back}</button>
      </div>
    </form>`;
  }

  /** Help shown at once when a crisis answer is chosen (before Next): the crisis line and the emergency number. */
  #renderCrisisNow() {
    return html`<div part="crisis-now" class="crisis-now">
      <p>${this.t.crisisNow}</p>
      <ul class="actions" role="list">
        ${this.#renderCrisisLinks(this.#crisisLine)}${this.#renderEmergencyLink()}
      </ul>
    </div>`;
  }

  #renderResult(outcome: QuizOutcome) {
    const text = RESULT_TEXT[outcome];
    const url = this.#links[outcome];
    const answer = supportingAnswer(this.#quiz, this.answers, outcome);
    return html`${undisclosed(this.#quiz, this.answers) ? this.#renderSafety() : nothing}
      <section part="result" class="result">
        <h2 part="heading" tabindex="-1">${this.t[text.heading]}</h2>
        ${answer ? html`<p part="reasons">${format(this.t.youSaid, { answer })}</p>` : nothing}
        <p part="why">${this.t[text.why]}</p>
        <h3>${this.t.firstStep}</h3>
        <p part="step">${this.t[text.step]}</p>
        ${url || this.#phone
          ? html`<booking-cta
              href=${url ?? ''}
              label=${this.t[text.label]}
              phone=${this.#phone?.text ?? ''}
              service=${outcome}
              .strings=${{ phone: this.t.phone, newTab: this.t.newTab }}
              exportparts="button: booking-button"
            ></booking-cta>`
          : nothing}
        <p part="note" class="note">${this.t.note}</p>
        <div class="actions">
          <button part="restart" class="button secondary" @click=${this.#onStart}>${this.t.restart}</button>
        </div>
      </section>`;
  }

  /** The result leads with crisis help when the visitor would rather not say whether they are safe. */
  #renderSafety() {
    return html`<section part="safety" class="safety">
      <h2 part="heading" tabindex="-1">${this.t.safetyHeading}</h2>
      <p>${this.t.safetyText}</p>
      ${this.#renderCrisisResources()}
    </section>`;
  }

  #renderCrisis() {
    return html`<section part="crisis" class="crisis">
      <h2 part="heading" tabindex="-1">${this.t.crisisHeading}</h2>
      <p>${this.t.crisisText}</p>
      ${this.#renderCrisisResources()}
      ${this.youth ? this.#renderYouth() : nothing}
      <div class="actions">
        <button part="restart" class="button secondary" @click=${this.#onStart}>${this.t.restart}</button>
      </div>
    </section>`;
  }

  /** Every crisis line: 9-8-8 (or the clinic's own) with the emergency number first, the clinic's other lines, then the clinic. */
  #renderCrisisResources() {
    const primary = this.#crisisLine;
    const named = primary.name || primary.call !== DEFAULT_CRISIS_PHONE;
    const first = named ? primary : { ...primary, name: this.t.crisisName, hours: this.t.crisisHours };
    return html`<div class="resources">
      ${this.#renderResource(first, this.#renderEmergencyLink())}
      ${this.#moreCrisisLines.map((line) => this.#renderResource(line))}
      ${this.#phone ? this.#renderClinicLink(this.#phone) : nothing}
    </div>`;
  }

  /** "Call the clinic", with its phone hours when given, so no one in crisis is sent to voicemail unawares. */
  #renderClinicLink(phone: Phone) {
    const label = fill(this.hours ? this.t.crisisClinicHours : this.t.crisisClinic, {
      number: html`<span class="number">${phone.text}</span>`,
      hours: this.hours ?? '',
    });
    return html`<ul class="actions" role="list">
      <li><a part="crisis-link" class="button secondary" href=${phone.href}><span>${label}</span></a></li>
    </ul>`;
  }

  #renderResource(line: CrisisLine, extra: TemplateResult | typeof nothing = nothing) {
    return html`<div part="crisis-resource" class="resource">
      ${line.name ? html`<p class="resource-name">${line.name}</p>` : nothing}
      ${line.hours ? html`<p class="resource-hours">${line.hours}</p>` : nothing}
      <ul class="actions" role="list">
        ${this.#renderCrisisLinks(line)}${extra}
      </ul>
    </div>`;
  }

  /** A crisis line's call and text links. */
  #renderCrisisLinks(line: CrisisLine) {
    return html`${line.call ? this.#renderCrisisLink(this.t.crisisCall, line.call, 'tel') : nothing}${line.text
      ? this.#renderCrisisLink(this.t.crisisSms, line.text, 'sms')
      : nothing}`;
  }

  #renderEmergencyLink() {
    return this.#renderCrisisLink(this.t.crisisEmergency, this.#emergency, 'tel');
  }

  /**
   * One crisis link, styled as a button. Its label is one span, so the button never splits it
   * into columns, and the number never breaks across lines.
   */
  #renderCrisisLink(label: string, number: string, scheme: 'tel' | 'sms') {
    return html`<li>
      <a part="crisis-link" class="button" href=${telUrl(number, scheme) ?? ''}
        ><span>${fill(label, { number: html`<span class="number">${number}</span>` })}</span></a
      >
    </li>`;
  }

  #renderYouth() {
    const link = (number: string, scheme: 'tel' | 'sms') => html`<a class="number" href=${telUrl(number, scheme) ?? ''}>${number}</a>`;
    return html`<p part="youth" class="youth">
      ${fill(this.t.youth, { phone: link(KIDS_HELP_PHONE.call, 'tel'), sms: link(KIDS_HELP_PHONE.text, 'sms') })}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-coaching-quiz': TherapyCoachingQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'quiz-start': CustomEvent<null>;
    'quiz-answer': CustomEvent<QuizAnswerDetail>;
    'quiz-crisis-help': CustomEvent<QuizCrisisHelpDetail>;
    'quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}
