import { isRecord, parseJson } from '../shared/json.js';
import { warn } from '../shared/warn.js';

export const TAG = 'faq-accordion';
const JSON_SCRIPT = '<script type="application/json">';

/** One question: a clinic's own `<details>` (its answer stays live, slotted) or text from JSON. */
export interface FaqItem {
  /** Stable id for deep links. */
  id: string;
  question: string;
  /** The answer as text (a blank line starts a paragraph); for a `<details>`, its text (read when used). */
  answer: string;
  details?: HTMLDetailsElement;
}

/** Lower case without accents, for matching: `Thérapie` → `therapie`. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Gives every item a unique id: its own first, else a slug of its question; repeats get `-2`, `-3`… */
export function withIds(items: FaqItem[]): FaqItem[] {
  const seen = new Set(items.map((item) => item.id));
  for (const item of items) {
    if (item.id) continue;
    const slug =
      fold(item.question)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'question';
    let id = slug;
    for (let n = 2; seen.has(id); n++) id = `${slug}-${n}`;
    seen.add((item.id = id));
  }
  return items;
}

/** Items from JSON (`[{ "question", "answer" }]`, or one such object); anything else is skipped with a warning. */
export const textItems = (value: unknown): FaqItem[] =>
  [value].flat().flatMap((entry: unknown) => {
    if (isRecord(entry) && typeof entry.question === 'string' && entry.question.trim() && typeof entry.answer === 'string') {
      return [{ id: '', question: squash(entry.question), answer: entry.answer }];
    }
    warn(TAG, JSON_SCRIPT, `${JSON.stringify(entry).slice(0, 60)} is not {"question", "answer"}; skipped.`);
    return [];
  });

/**
 * Reads the host's children in order: each `<details>` with a `<summary>` is an item, each JSON
 * script adds its items; anything else is left alone (shown above the questions) with a warning.
 */
export function readChildren(host: Element, ignore?: Element): FaqItem[] {
  const items: FaqItem[] = [];
  for (const child of host.children) {
    if (child instanceof HTMLDetailsElement) {
      const summary = child.querySelector(':scope>summary');
      const question = squash(summary?.textContent ?? '');
      if (!question) warn(TAG, '<details>', 'without <summary>; skipped.');
      else {
        items.push({
          id: child.id,
          question,
          // Read when used (search, schema), not on every render: always current, and free up front.
          get answer() {
            return [...child.childNodes].map((node) => (node === summary ? '' : node.textContent)).join(' ');
          },
          details: child,
        });
      }
    } else if (child.matches('script[type="application/json"]')) {
      const parsed = parseJson(child.textContent, TAG, JSON_SCRIPT);
      if (parsed !== undefined) items.push(...textItems(parsed));
    } else if (child !== ignore) {
      warn(TAG, 'children', `<${child.localName}> is not <details>; left as is.`);
    }
  }
  return withIds(items);
}

/** FAQPage JSON-LD (schema.org) for the items, safe inside a `<script>`. */
export const faqSchema = (items: FaqItem[]): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: squash(item.answer) },
    })),
  }).replace(/</g, '\\u003c');
