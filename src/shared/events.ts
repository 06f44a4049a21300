/**
 * Every element's events follow one scheme: `<element-noun>-<verb>` in kebab case
 * (`faq-toggle`, `quiz-complete`, `booking-click`), dispatched as a CustomEvent that
 * bubbles and is composed, so a host page can listen on `document`.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
