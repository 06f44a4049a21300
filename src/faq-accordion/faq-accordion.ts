import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClinicElement } from '../shared/clinic-element.js';
import { flag } from '../shared/flag.js';
import { format, plural, type Lang } from '../shared/i18n.js';
import { localized } from '../shared/localize.js';
import { en, faqs, fr, type FaqStrings } from './faq-accordion.strings.js';
import { summaries, styles } from './faq-accordion.styles.js';
import { faqSchema, fold, readChildren, textItems, withIds, type FaqItem } from './faq-items.js';

export type { FaqStrings } from './faq-accordion.strings.js';

/**
 * Collapsed answers stay findable with find-in-page: `hidden = 'until-found'` where the browser
 * supports it (it then fires `beforematch`); elsewhere the setter makes it plain `hidden`.
 */
const HIDDEN = 'until-found' as unknown as boolean;

/** The heading levels a question can have. */
const LEVELS = [2, 3, 4, 5, 6];

/**
 * The slot of what wpautop inserts between the questions (`<br>`, empty `<p>`): no slot has this
 * name (an id never holds a space), so they are not shown.
 */
const FILLER_SLOT = 'wpautop filler';

/** The id in a `#hash` ('' if it is not valid percent-encoding). */
const hashId = (hash: string): string => {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
};

/** Detail of `faq-toggle`. */
export interface FaqToggleDetail {
  /** The item's id (as in a `#id` link). */
  id: string;
  /** The question's text. */
  question: string;
  /** True if the item is now open. */
  open: boolean;
}

/**
 * An accessible FAQ accordion that enhances plain `<details>` markup (or a JSON list), with
 * keyboard support, deep links, find-in-page, an optional search box and FAQPage JSON-LD.
 *
 * @tagname faq-accordion
 * @summary An FAQ that works as plain HTML first: searchable, linkable, findable, printable.
 *
 * @slot - `<details><summary>Question</summary>answer…</details>` items and/or one
 *   `<script type="application/json">` list. Other elements are shown above the questions.
 *
 * @csspart item - One question and its answer.
 * @csspart heading - The heading holding a question button.
 * @csspart button - The question button that opens and closes its answer.
 * @csspart icon - The chevron in a question button (it points up while open).
 * @csspart panel - The answer panel.
 * @csspart search - The search input (with `search`).
 * @csspart status - The "N of M questions" / "No questions match" message (with `search`).
 * @csspart expand-all - The Expand all / Collapse all toggle.
 *
 * @cssprop --cw-accent - Border of the Expand all toggle on hover. Default teal `#2f6f73`.
 * @cssprop --cw-border - Lines between questions, and the Expand all toggle's border.
 * @cssprop --cw-muted - Search box border.
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-heading-font - Font of the questions.
 * @cssprop --cw-font-size - Base font size.
 * @cssprop --cw-space - Spacing unit.
 * @cssprop --cw-radius - Corner radius of the search box and toggle.
 * @cssprop --cw-focus-ring - Focus outline colour.
 * @cssprop --cw-duration - Fade-in of an opened answer (0 under reduced motion).
 *
 * @fires {CustomEvent<FaqToggleDetail>} faq-toggle - A visitor opened or closed an item (its button, Expand/Collapse all, find-in-page or a link to it); one event per item that changed. Not fired by the methods. Detail: `{ id, question, open }`.
 */
export class FaqAccordion extends ClinicElement<FaqStrings> {
  // Styles

  static override styles = styles;

  // Properties

  /** Heading level of each question, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Opening one question closes the others. */
  @property({ type: Boolean, converter: flag }) single = false;
  /** Hides the Expand all / Collapse all toggle. */
  @property({ type: Boolean, attribute: 'no-expand-all', converter: flag }) noExpandAll = false;
  /** Shows a search box that filters the questions as the visitor types. */
  @property({ type: Boolean, converter: flag }) search = false;
  /** Adds FAQPage JSON-LD (schema.org) for the questions to the page, kept in sync. */
  @property({ type: Boolean, converter: flag }) schema = false;

  // State

  /** Ids of the open items. */
  @state() private opened = new Set<string>();
  /** What the search box holds. */
  @state() private query = '';
  /** The search the status line counts: the query once typing pauses (a count per keystroke would chatter in a screen reader). */
  @state() private said = '';

  /** The items (the light DOM's, else the built-in FAQs), read in `willUpdate` when they may have changed. */
  private items: FaqItem[] = [];
  /** True when the children changed since the items were read. */
  private stale = true;
  /** The language of the built-in FAQs last read. */
  private itemsLang?: Lang;
  /** The items the search shows. */
  private shown: FaqItem[] = [];
  /** How many items the settled search (`said`) finds. */
  private found = 0;
  /** The heading level in use (a valid `headingLevel`, else 3). */
  private level = 3;
  private timer?: ReturnType<typeof setTimeout>;
  private ld?: HTMLScriptElement;
  private readonly observer = new MutationObserver(() => {
    this.stale = true;
    this.requestUpdate();
  });

  constructor() {
    super({ en, fr });
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!root.adoptedStyleSheets.includes(summaries)) root.adoptedStyleSheets.push(summaries);
    this.stale = true;
    this.observer.observe(this, { childList: true });
    addEventListener('hashchange', this.onHash);
    addEventListener('click', this.onLink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    clearTimeout(this.timer);
    removeEventListener('hashchange', this.onHash);
    removeEventListener('click', this.onLink);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) {
      const valid = LEVELS.includes(this.headingLevel);
      if (!valid) this.warn('heading-level', 'use 2 to 6; 3 is used.');
      this.level = valid ? this.headingLevel : 3;
    }
    if (this.stale || this.itemsLang !== this.locale) this.read();
    if (!this.hasUpdated) {
      this.onHash();
      // The browser scrolls to a `<details id>` (now the answer, in its panel) and resets focus
      // until the page has loaded (WebKit: until the frame after it): show and focus the question
      // once more, after that (if it loads).
      // Created after the load, there is nothing to wait for (and no listener to leak).
      if (document.readyState !== 'complete')
        addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => this.isConnected && this.onHash())), { once: true });
    }
    this.shown = this.filter(this.query);
    // The status counts the settled search: what the list shows, or (while typing) what it showed at the pause.
    this.found = (this.said === this.query ? this.shown : this.filter(this.said)).length;
  }

  protected override updated(): void {
    if (this.schema) {
      this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      this.ld.textContent = faqSchema(this.items);
      if (this.ld.parentNode !== this) this.append(this.ld);
    } else this.ld?.remove();
  }

  /**
   * Reads the items. A `<details>` seen for the first time (no `slot` yet) gives its `open` as
   * the initial state and its id; it then stays open, slotted into its panel, while its summary
   * is hidden (by `summaries`, until it leaves the element). What wpautop inserts is not shown.
   */
  private read(): void {
    const { items, fillers } = readChildren(this, this.ld);
    for (const { details, id } of items) {
      if (!details) continue;
      if (!details.slot) {
        if (details.open) this.opened.add(id);
        details.id ||= id;
        details.open = true;
      }
      if (details.slot !== id) details.slot = id;
    }
    for (const filler of fillers) filler.slot = FILLER_SLOT;
    this.items = items.length ? items : withIds(textItems(localized(faqs, this.locale)));
    this.stale = false;
    this.itemsLang = this.locale;
  }

  /** The items a search finds (all of them without `search`). */
  private filter(query: string): FaqItem[] {
    const terms = fold(this.search ? query : '').match(/\S+/g) ?? [];
    return this.items.filter((item) => terms.every((term) => fold(`${item.question} ${item.answer}`).includes(term)));
  }

  // Handlers

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.said = this.query), 1e3);
  }

  private readonly onHash = (): void => {
    this.reveal(hashId(location.hash));
  };

  private readonly onLink = (event: MouseEvent): void => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    // Only a link to this page: `/pricing#fees` leaves it, and must not open this page's "fees".
    if (link?.hash && link.href.split('#')[0] === location.href.split('#')[0]) this.reveal(hashId(link.hash));
  };

  /** Down/Up (wrapping), Home and End move between the question buttons the search shows. */
  private onKey(event: KeyboardEvent): void {
    const buttons = this.questionButtons().filter((button) => !button.closest<HTMLElement>('.item')?.hidden);
    const i = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const to = ({ ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: -1 } as Record<string, number>)[event.key];
    if (to === undefined) return;
    event.preventDefault();
    buttons.at(to % buttons.length)?.focus();
  }

  /**
   * Opens or closes items (by default every item the search shows); `single` closes the others
   * when one opens. A visitor's changes fire `faq-toggle`.
   */
  private set(open: boolean, person: boolean, ids = this.shown.map((item) => item.id)): void {
    const next = new Set(open && this.single ? [] : this.opened);
    for (const id of ids) next[open ? 'add' : 'delete'](id);
    for (const { id, question } of person ? this.items : []) {
      if (next.has(id) !== this.opened.has(id)) this.emit<FaqToggleDetail>('faq-toggle', { id, question, open: next.has(id) });
    }
    this.opened = next;
  }

  /** Opens the item with this id and scrolls it into view; for a visitor, also focuses its question and fires `faq-toggle`. */
  private reveal(id: string, person = true): boolean {
    const index = this.items.findIndex((item) => item.id === id);
    if (index < 0) return false;
    this.set(true, person, [id]);
    void this.updateComplete.then(() => {
      const button = this.questionButtons()[index];
      if (person) button.focus();
      button.scrollIntoView();
    });
    return true;
  }

  /** The question buttons, in the items' order. */
  private questionButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.question')];
  }

  // Public methods

  /** Opens every question (every one the search shows, while filtered). */
  expandAll(): void {
    this.set(true, false);
  }

  /** Closes every question (every one the search shows, while filtered). */
  collapseAll(): void {
    this.set(false, false);
  }

  /** Opens the question with this id and scrolls it into view; false if there is none. */
  show(id: string): boolean {
    return this.reveal(id, false);
  }

  // Rendering

  override render() {
    const { items, shown } = this;
    const allOpen = shown.every((item) => this.opened.has(item.id));
    return html`<slot></slot>
      ${this.search ? this.renderSearch() : nothing}
      ${items.length > 1 && shown.length && !this.noExpandAll && !this.single
        ? html`<button class="button secondary" part="expand-all" @click=${() => this.set(!allOpen, true)}>
            ${allOpen ? this.t.collapseAll : this.t.expandAll}
          </button>`
        : nothing}
      <div>${items.map((item, i) => this.renderItem(item, i))}</div>`;
  }

  private renderSearch() {
    const { t } = this;
    const count = this.found ? format(plural(t, 'count', this.found, this.locale), { n: this.found, total: this.items.length }) : t.noMatch;
    return html`<label>${t.search}<input part="search" type="search" @input=${this.onSearch}></label>
      <p class="status" part="status" role="status">${this.said.trim() ? count : ''}</p>`;
  }

  /**
   * One question and its answer. An open answer is a landmark region named by its question, in
   * short FAQs only (more than six would crowd the landmarks list, WAI-ARIA APG); a closed one
   * is no region, so landmark navigation never lands on an empty answer.
   */
  private renderItem(item: FaqItem, i: number) {
    const open = this.opened.has(item.id);
    const region = open && this.items.length <= 6;
    return html`<div class="item" part="item" ?hidden=${!this.shown.includes(item)}>
      <div class="heading" part="heading" role="heading" aria-level=${this.level}>
        <button class="question" part="button" id="q${i}" aria-expanded=${open} aria-controls="a${i}" @click=${() => this.set(!this.opened.has(item.id), true, [item.id])} @keydown=${this.onKey}>
          ${item.label ?? item.question}<span class="icon" part="icon" aria-hidden="true"></span>
        </button>
      </div>
      <div
        class="panel"
        part="panel"
        role=${ifDefined(region ? 'region' : undefined)}
        id="a${i}"
        aria-labelledby=${ifDefined(region ? `q${i}` : undefined)}
        .hidden=${open ? false : HIDDEN}
        @beforematch=${() => this.set(true, true, [item.id])}
      >
        <div class="answer"><slot name=${item.id}>${item.details ? nothing : item.answer.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}</slot></div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
  interface GlobalEventHandlersEventMap {
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
