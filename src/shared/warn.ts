/**
 * One console warning per element, attribute and message: a webmaster sees what is
 * wrong and where, and a page that re-renders does not flood the console.
 */
const seen = new Set<string>();

/**
 * Warns once: `<tag-name> attribute: message`; an `error` (invalid configuration replaced by a
 * fallback) is logged as a console error.
 */
export function warn(tag: string, attribute: string, message: string, error?: boolean): void {
  const text = `<${tag}> ${attribute}: ${message}`;
  if (seen.has(text)) return;
  seen.add(text);
  console[error ? 'error' : 'warn'](text);
}

/** Forgets what was warned (tests only). */
export function resetWarnings(): void {
  seen.clear();
}

/**
 * `value` if it is one of `allowed`, in any case and without surrounding spaces (`Banner` →
 * `banner`), the first (the default) when unset, else the default with one warning.
 */
export function oneOf<T extends string>(tag: string, attribute: string, value: string | null | undefined, allowed: readonly T[]): T {
  if (value === null || value === undefined) return allowed[0];
  const wanted = value.trim().toLowerCase();
  const match = allowed.find((option) => option.toLowerCase() === wanted);
  if (match !== undefined) return match;
  warn(tag, attribute, `"${value}" is not one of ${allowed.join(', ')}; "${allowed[0]}" is used.`);
  return allowed[0];
}
