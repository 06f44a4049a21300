import type { Lang } from './i18n.js';

/** An element's strings and default content, one table per shipped language (English required). */
export type Localized<T> = { en: T } & Partial<Record<Lang, T>>;

/** The table for a language, falling back to English. */
export function localized<T>(table: Localized<T>, lang: Lang): T {
  return table[lang] ?? table.en;
}
