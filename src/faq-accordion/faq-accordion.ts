import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../shared/events.js';
import { flag } from '../shared/flag.js';
import { LangController, format, withOverrides } from '../shared/i18n.js';
import { localized } from '../shared/localize.js';
import { warn } from '../shared/warn.js';
import { faqText, type FaqStrings } from './faq-accordion.strings.js';
import { summaries, styles } from './faq-accordion.styles.js';
import { TAG, faqSchema, fold, readChildren, textItems, withIds, type FaqItem } from './faq-items.js';

export type { FaqStrings } from './faq-accordion.strings.js';

/**
 * Collapsed answers stay findable with find-in-page: `hidden = 'until-found'` where the browser
 * supports it (it then fires `beforematch`); elsewhere the setter makes it plain `hidden`.
 */
const HIDDEN = 'until-found' as unknown as boolean;

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
export class FaqAccordion extends LitElement {
  static override styles = styles;
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, converter: flag },
    noExpandAll: { type: Boolean, attribute: 'no-expand-all', converter: flag },
    search: { type: Boolean, converter: flag },
    schema: { type: Boolean, converter: flag },
    strings: {},
    opened: { state: true },
    query: { state: true },
    said: { state: true },
  };

  private readonly i18n = new LangController(this);

  /** Heading level of each question, 2 to 6. */
  declare headingLevel: number;
  /**
   * Opening one question closes the others.
   * @default false
   */
  declare single: boolean;
  /**
   * Hides the Expand all / Collapse all toggle.
   * @default false
   */
  declare noExpandAll: boolean;
  /**
   * Shows a search box that filters the questions as the visitor types.
   * @default false
   */
  declare search: boolean;
  /**
   * Adds FAQPage JSON-LD (schema.org) for the questions to the page, kept in sync.
   * @default false
   */
  declare schema: boolean;
  /** Overrides any visible string: a JSON object (attribute) or an object (property). */
  declare strings?: string | Partial<FaqStrings>;

  /** Ids of the open items. */
  declare private opened: Set<string>;
  declare private query: string;
  /** The search the status line counts: the query once typing pauses (a count per keystroke would chatter in a screen reader). */
  declare private said: string;
  private timer?: ReturnType<typeof setTimeout>;
  /** The items (the light DOM's, else the built-in FAQs), read before each update. */
  private items: FaqItem[] = [];
  /** The items the search shows. */
  private shown: FaqItem[] = [];
  private ld?: HTMLScriptElement;
  private readonly observer = new MutationObserver(() => this.requestUpdate());

  constructor() {
    super();
    this.headingLevel = 3;
    this.single = this.noExpandAll = this.search = this.schema = false;
    this.opened = new Set();
    this.query = this.said = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!root.adoptedStyleSheets.includes(summaries)) root.adoptedStyleSheets.push(summaries);
    this.observer.observe(this, { childList: true });
    addEventListener('hashchange', this.onHash);
    addEventListener('click', this.onLink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    removeEventListener('hashchange', this.onHash);
    removeEventListener('click', this.onLink);
  }

  override willUpdate(): void {
    this.read();
    if (!this.hasUpdated) {
      this.onHash();
      // The browser scrolls to a `<details id>` (now the answer, in its panel) and resets focus
      // until the page has loaded (WebKit: until the frame after it): show and focus the question
      // once more, after that (if it loads).
      // Created after the load, there is nothing to wait for (and no listener to leak).
      if (document.readyState != 'complete')
        addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => this.isConnected && this.onHash())), { once: true });
    }
    this.shown = this.filter(this.query);
  }

  override updated(): void {
    if (this.schema) {
      this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      this.ld.textContent = faqSchema(this.items);
      if (this.ld.parentNode !== this) this.append(this.ld);
    } else this.ld?.remove();
  }

  /**
   * Reads the items. A `<details>` seen for the first time (no `slot` yet) gives its `open` as
   * the initial state and its id; it then stays open, slotted into its panel, while its summary
   * is hidden (by `summaries`, until it leaves the element).
   */
  private read(): void {
    this.items = readChildren(this, this.ld);
    for (const { details, id } of this.items) {
      if (!details) continue;
      if (!details.slot) {
        if (details.open) this.opened.add(id);
        details.id ||= id;
        details.open = true;
      }
      if (details.slot != id) details.slot = id;
    }
    if (!this.items.length) this.items = withIds(textItems(localized(faqText, this.i18n.lang).faqs));
  }

  /** The items a search finds (all of them without `search`). */
  private filter(query: string): FaqItem[] {
    const terms = fold(this.search ? query : '').match(/\S+/g) ?? [];
    return this.items.filter((item) => terms.every((term) => fold(`${item.question} ${item.answer}`).includes(term)));
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.said = this.query), 1e3);
  }

  /**
   * Opens or closes items (by default every item the search shows); `single` closes the others
   * when one opens. A visitor's changes fire `faq-toggle`.
   */
  private set(open: boolean, person: boolean, ids = this.shown.map((item) => item.id)): void {
    const next = new Set(open && this.single ? [] : this.opened);
    for (const id of ids) next[open ? 'add' : 'delete'](id);
    for (const { id, question } of person ? this.items : []) {
      if (next.has(id) !== this.opened.has(id)) emit<FaqToggleDetail>(this, 'faq-toggle', { id, question, open: next.has(id) });
    }
    this.opened = next;
  }

  /** Opens the item with this id and scrolls it into view; for a visitor, also focuses its question and fires `faq-toggle`. */
  private reveal(id: string, person = true): boolean {
    const i = this.items.findIndex((item) => item.id === id);
    if (i < 0) return false;
    this.set(true, person, [id]);
    void this.updateComplete.then(() => {
      const button = this.renderRoot.querySelector(`#q${i}`) as HTMLElement;
      if (person) button.focus();
      button.scrollIntoView();
    });
    return true;
  }

  private readonly onHash = (): void => {
    this.reveal(hashId(location.hash));
  };

  private readonly onLink = (event: MouseEvent): void => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    // Only a link to this page: `/pricing#fees` leaves it, and must not open this page's "fees".
    if (link?.hash && link.href.split('#')[0] == location.href.split('#')[0]) this.reveal(hashId(link.hash));
  };

  /**
   * Every item's events, with one listener each on the list: a click or a key on a question
   * button, find-in-page revealing a panel (`beforematch`). Ids are `q<index>` and `a<index>`.
   */
  private onItems(event: KeyboardEvent): void {
    const el = (event.target as Element).closest('[id]');
    if (!el || !this.renderRoot.contains(el)) return; // the clinic's own markup in an answer
    const { id } = this.items[+el.id.slice(1)];
    if (event.type == 'beforematch') this.set(true, true, [id]);
    else if (el.localName != 'button') return;
    else if (event.type == 'click') this.set(!this.opened.has(id), true, [id]);
    else {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part=item]:not([hidden]) button')];
      const i = buttons.indexOf(el as HTMLElement);
      const to = ({ ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: -1 } as Record<string, number>)[event.key];
      if (to === undefined) return;
      event.preventDefault();
      buttons.at(to % buttons.length)?.focus();
    }
  }

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

  override render() {
    const s = withOverrides(localized(faqText, this.i18n.lang).strings, this.strings, TAG);
    const { items, shown } = this;
    // The status counts the settled search: what the list shows, or (while typing) what it showed at the pause.
    const found = (this.said == this.query ? shown : this.filter(this.said)).length;
    const allOpen = shown.every((item) => this.opened.has(item.id));
    const visible = new Set(shown);
    // Each panel is a landmark region only in short FAQs: more than six would crowd the landmarks list (WAI-ARIA APG).
    const region = items.length <= 6 ? 'region' : undefined;
    let level = this.headingLevel;
    if (![2, 3, 4, 5, 6].includes(level)) {
      warn(TAG, 'heading-level', 'use 2 to 6; 3 is used.');
      level = 3;
    }
    return html`<slot></slot>
      ${this.search
        ? html`<label>${s.search}<input part="search" type="search" @input=${this.onSearch}></label>
            <p part="status" role="status">
              ${this.said.trim() ? (found ? format(s.count, { n: found, total: items.length }) : s.noMatch) : ''}
            </p>`
        : nothing}
      ${items.length > 1 && shown.length && !this.noExpandAll && !this.single
        ? html`<button class="button secondary" part="expand-all" @click=${() => this.set(!allOpen, true)}>
            ${allOpen ? s.collapseAll : s.expandAll}
          </button>`
        : nothing}
      <div @click=${this.onItems} @keydown=${this.onItems} @beforematch=${this.onItems}>
        ${items.map((item, i) => {
          const open = this.opened.has(item.id);
          return html`<div part="item" ?hidden=${!visible.has(item)}>
            <div part="heading" role="heading" aria-level=${level}>
              <button part="button" id="q${i}" aria-expanded=${open} aria-controls="a${i}">
                ${item.question}<span part="icon" aria-hidden="true"></span>
              </button>
            </div>
            <div part="panel" role=${ifDefined(region)} id="a${i}" aria-labelledby=${ifDefined(region && `q${i}`)} .hidden=${open ? false : HIDDEN}>
              <div class="answer"><slot name=${item.id}>${item.details ? nothing : item.answer.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}</slot></div>
            </div>
          </div>`;
        })}
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
