// Helpers every suite shares: what a person reads, an element's parts, a booking address, a key press.
import { sendKeys } from '@web/test-runner-commands';

/** A booking page address for fixtures. */
export const BOOK = 'https://clinic.example/book';

/** What a person reads in a node: its text, runs of whitespace as one space, trimmed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An element's part `name` (in its shadow root, as `::part(name)` finds it); throws, naming both, if it has none. */
export function part<T extends HTMLElement = HTMLElement>(el: Element, name: string): T {
  const found = el.shadowRoot?.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${el.localName}> shows no part "${name}"`);
  return found;
}

/** Whether an element shows its part `name` now. */
export const hasPart = (el: Element, name: string): boolean => !!el.shadowRoot?.querySelector(`[part~="${name}"]`);

/** Elements of a shadow root (and of the shadow roots inside it). */
export function shadowElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? shadowElements(node.shadowRoot) : [])]);
}

/** Resolves after the next two animation frames of `win`: layout and paint have happened. */
export const nextFrame = (win: Window = window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

/** The space bar, as `press` names it: Firefox's WebDriver BiDi knows it as ' '; the other drivers as 'Space'. */
export const SPACE: string = navigator.userAgent.includes('Firefox') ? ' ' : 'Space';

/** Presses a key (`'Tab'`, `'Enter'`, `SPACE`…) on whatever has focus, as a person at a keyboard. */
export const press = (key: string): Promise<void> => sendKeys({ press: key });
