/**
 * Attributes any element may carry, which are never a misspelling of the element's own:
 * HTML's global attributes, ARIA, data-*, event handlers, and the markers a few front-end
 * frameworks leave in the page (Alpine's x-*, Vue's v-*, Angular's ng-*, htmx's hx-*).
 */
const GLOBAL = new Set(
  (
    'accesskey autocapitalize autocorrect autofocus class contenteditable dir draggable enterkeyhint exportparts ' +
    'hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot ' +
    'spellcheck style tabindex title translate writingsuggestions xmlns'
  ).split(' '),
);
const FOREIGN = /^(aria-|data-|x-|v-|ng-|hx-)|[^a-z0-9_-]/;

/** Lower case, without the dashes and underscores people write differently: `booking_URL` → `bookingurl`. */
const squash = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

/** The number of single-letter edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The element's own attribute closest to a name it does not know, if one is close enough to be
 * what was meant: a typo (`varient` → `variant`), other dashes or case (`bookingurl` →
 * `booking-url`), or a longer name that contains it (`phone_number` → `phone`).
 */
export function closest(name: string, own: readonly string[]): string | undefined {
  const typed = squash(name);
  let best: { name: string; score: number } | undefined;
  for (const candidate of own) {
    const real = squash(candidate);
    const score = real.length > 2 && (typed.startsWith(real) || typed.endsWith(real)) ? 0.5 : distance(typed, real);
    if (score <= Math.max(1, Math.floor(real.length / 3)) && (!best || score < best.score)) best = { name: candidate, score };
  }
  return best?.name;
}

/**
 * The attributes of `el` that are neither its own (`own`), nor global, ARIA, data-*, an
 * event handler (`onclick`) or a framework's marker: most likely misspellings, each with its
 * closest own name.
 */
export function unknownAttributes(el: Element, own: readonly string[]): { name: string; suggestion?: string }[] {
  return [...el.attributes]
    .map((attribute) => attribute.name)
    .filter((name) => !own.includes(name) && !GLOBAL.has(name) && !FOREIGN.test(name) && !(name.startsWith('on') && name in el))
    .map((name) => ({ name, suggestion: closest(name, own) }));
}
