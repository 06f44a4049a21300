/**
 * Adds parameters to an http(s) booking URL, keeping any the URL already has. Other URLs
 * (`tel:`, `mailto:`) and URLs the browser cannot parse are returned unchanged.
 */
export function addParams(url: string, params: [string, string][]): string {
  if (!params.length) return url;
  try {
    const target = new URL(url, document.baseURI);
    if (!/^https?:$/.test(target.protocol)) return url;
    for (const [key, value] of params) if (!target.searchParams.has(key)) target.searchParams.append(key, value);
    return target.href;
  } catch {
    return url;
  }
}

/** The `utm_*` parameters of the page's own address. */
export const utmParams = (): [string, string][] =>
  [...new URLSearchParams(location.search)].filter(([key]) => key.startsWith('utm_'));

const KEY = 'clinic-widgets:booking-cta-dismissed';
let dismissed = false;

/**
 * Whether a floating CTA was dismissed: in memory for this page view, and in
 * `sessionStorage` (for the browser session) only when the webmaster opted in.
 */
export function isDismissed(remember: boolean): boolean {
  try {
    return dismissed || (remember && sessionStorage.getItem(KEY) === '1');
  } catch {
    return dismissed;
  }
}

/** Dismisses floating CTAs (`remember`: also for the session, in `sessionStorage`). */
export function dismiss(remember: boolean): void {
  dismissed = true;
  try {
    if (remember) sessionStorage.setItem(KEY, '1');
  } catch {
    /* storage blocked: memory only */
  }
}

/** Forgets dismissal (tests only). */
export function resetDismissal(): void {
  dismissed = false;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* storage blocked */
  }
}
