import { isRecord, parseJson } from '../shared/json.js';
import { warn } from '../shared/warn.js';

const TAG = 'faq-accordion';
const JSON_SCRIPT = '<script type="application/json">';

/** One question: a clinic's own `<details>` (its answer stays live, slotted) or text from JSON. */
export interface FaqItem {
  /** Stable id for deep links. */
  id: string;
  question: string;
  /** The answer as text (JSON and built-in items); '' for a `<details>`. */
  answer: string;
  details?: HTMLDetailsElement;
  summary?: HTMLElement;
  /** Folded question + answer text for search, computed when first needed. */
  folded?: string;
}

/** Lower case without accents, for matching: `Thérapie` → `therapie`. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const slug = (text: string): string =>
  fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '') || 'question';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Gives every item a unique id: its own first, else a slug of its question; repeats get `-2`, `-3`… */
export function withIds(items: FaqItem[]): FaqItem[] {
  const seen = new Set<string>();
  for (const item of [...items].sort((a, b) => +!a.id - +!b.id)) {
    const base = item.id || slug(item.question);
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add((item.id = id));
  }
  return items;
}

/** Items from JSON (`[{ "question", "answer", "id"? }]`); bad entries are skipped with a warning. */
export function textItems(value: unknown): FaqItem[] {
  if (!Array.isArray(value)) {
    warn(TAG, JSON_SCRIPT, 'expected a list of {"question", "answer"}; ignored.');
    return [];
  }
  return value.flatMap((entry: unknown) => {
    if (isRecord(entry) && typeof entry.question === 'string' && entry.question.trim() && typeof entry.answer === 'string') {
      return [{ id: typeof entry.id === 'string' ? entry.id : '', question: squash(entry.question), answer: entry.answer }];
    }
    warn(TAG, JSON_SCRIPT, 'an item without "question" and "answer" text was skipped.');
    return [];
  });
}

/**
 * Reads the host's children in order: each `<details>` with a `<summary>` is an item, each JSON
 * script adds its items; anything else is left alone (shown above the questions) with a warning.
 */
export function readChildren(host: Element, ignore?: Element): FaqItem[] {
  const items: FaqItem[] = [];
  for (const child of host.children) {
    if (child === ignore) continue;
    if (child instanceof HTMLDetailsElement) {
      const summary = child.querySelector<HTMLElement>(':scope > summary');
      const question = squash(summary?.textContent ?? '');
      if (summary && question) items.push({ id: child.id, question, answer: '', details: child, summary });
      else warn(TAG, '<details>', 'a <details> without <summary> was skipped.');
    } else if (child instanceof HTMLScriptElement && child.type === 'application/json') {
      const parsed = parseJson(child.textContent, TAG, JSON_SCRIPT);
      if (parsed !== undefined) items.push(...textItems(parsed));
    } else {
      warn(TAG, 'children', `<${child.localName}> is not <details>; left as is.`);
    }
  }
  return withIds(items);
}

/** An item's answer as plain text on one line. */
export const answerText = (item: FaqItem): string =>
  squash(
    item.details
      ? [...item.details.childNodes]
          .filter((node) => node !== item.summary)
          .map((node) => node.textContent)
          .join(' ')
      : item.answer,
  );

/** A text answer's paragraphs: a blank line starts a new one. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** True if every word of the (folded) query is in the item's question or answer. */
export const matches = (item: FaqItem, terms: string[]): boolean =>
  terms.every((term) => (item.folded ??= fold(`${item.question} ${answerText(item)}`)).includes(term));

/** FAQPage JSON-LD (schema.org) for the items, safe inside a `<script>`. */
export const faqSchema = (items: FaqItem[]): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: answerText(item) },
    })),
  }).replace(/</g, '\\u003c');
