/**
 * `url` with `params` added (those it already has are kept). Other URLs than http(s), such
 * as `tel:` and `mailto:`, and URLs the browser cannot parse are returned unchanged.
 */
export function addParams(url: string, params: string[][]): string {
  if (!params.length) return url;
  try {
    const target = new URL(url, document.baseURI);
    for (const [key, value] of params) if (!target.searchParams.has(key)) target.searchParams.append(key, value);
    return target.protocol.startsWith('http') ? target.href : url;
  } catch {
    return url;
  }
}

const KEY = 'clinic-widgets:booking-cta-dismissed';

/**
 * A dismissed floating CTA stays hidden for this page view (in memory, nothing stored); with
 * `remember-dismiss`, for the browser session too (one `sessionStorage` flag, opt-in).
 */
let dismissed = false;

/** Whether a floating CTA was dismissed (this page view, or the session when `remember`). */
export function isDismissed(remember?: boolean): boolean {
  try {
    return dismissed || (!!remember && sessionStorage.getItem(KEY) === '1');
  } catch {
    return dismissed;
  }
}

/** Hides floating CTAs for the rest of this page view (`remember`: the session). */
export function dismiss(remember?: boolean): void {
  dismissed = true;
  try {
    if (remember) sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage is blocked: this page view only.
  }
}

/** Forgets the dismissal (tests only). */
export function resetDismissal(): void {
  dismissed = false;
  sessionStorage.removeItem(KEY);
}
