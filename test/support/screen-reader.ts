/**
 * @guidepup/virtual-screen-reader (0.33) over shadow DOM. It builds its tree from `childNodes`,
 * observes mutations on its container only and looks up a focused node by the `focusin` event's
 * (retargeted) target, so it sees nothing inside a web component (guidepup/virtual-screen-reader
 * #182). For the test only, this gives it the composed (flat) tree, as assistive technology
 * gets it: a shadow host's `childNodes` are its shadow root's, a slot's are its assigned nodes
 * (else its fallback), every open shadow root is observed, and focus is reported on the node
 * inside the shadow root that has it. Nothing else of the library is changed.
 *
 * Known limit: it treats `hidden="until-found"` content as shown (it checks `hidden === true`),
 * so browse mode reads closed FAQ answers; the assertions here stay with focus and live regions.
 */
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';

const childNodesOf = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes')!.get!;
const patched = new WeakSet<Node>();
/** The screen reader's focus listener, told about focus on the node that has it. */
let onFocus: ((event: Event) => void) | undefined;
/**
 * Focus moving between two nodes of one shadow root fires no `focusin` outside it (both retarget
 * to the host), so each shadow root reports the focus changes inside it, and the container those
 * in the light DOM: each change once.
 */
const reportFocus = (where: Node) => (event: Event) => {
  const target = event.composedPath()[0] as Node;
  if (target.getRootNode() === where || (where.nodeType === Node.ELEMENT_NODE && target.getRootNode() === document)) {
    flatten(document.body);
    onFocus?.({ target } as unknown as Event);
  }
};

/** Flattens every shadow host and slot in `node`'s composed subtree (again after each render). */
function flatten(node: Node): void {
  if (node instanceof Element && !patched.has(node)) {
    const root = node.shadowRoot;
    if (root) {
      patched.add(node);
      Object.defineProperty(node, 'childNodes', { configurable: true, get: () => childNodesOf.call(root) });
      root.addEventListener('focusin', reportFocus(root));
    } else if (node instanceof HTMLSlotElement) {
      patched.add(node);
      Object.defineProperty(node, 'childNodes', {
        configurable: true,
        get: () => {
          const assigned = node.assignedNodes({ flatten: true });
          return assigned.length ? assigned : childNodesOf.call(node);
        },
      });
    }
  }
  if (node instanceof Element && node.shadowRoot) flatten(node.shadowRoot);
  for (const child of childNodesOf.call(node) as NodeListOf<Node>) flatten(child);
}

/** Every open shadow root under `node`, through nested ones. */
function shadowRoots(node: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && n.shadowRoot) {
      found.push(n.shadowRoot);
      walk(n.shadowRoot);
    }
    for (const child of childNodesOf.call(n) as NodeListOf<Node>) walk(child);
  };
  walk(node);
  return found;
}

/** A MutationObserver that also observes every open shadow root inside what it observes. */
class DeepObserver extends MutationObserver {
  private readonly seen = new WeakSet<Node>();
  private options?: MutationObserverInit;
  private container?: Node;

  constructor(callback: MutationCallback) {
    super((records, observer) => {
      if (this.container) {
        flatten(this.container);
        this.deep();
      }
      // A render into a shadow root is a mutation of the root itself, which has no parent element
      // for the screen reader to look up a live region from (it would throw): leave those out.
      callback(
        records.filter((record) => !(record.target instanceof ShadowRoot)),
        observer,
      );
    });
  }

  override observe(target: Node, options?: MutationObserverInit): void {
    this.container = target;
    this.options = options;
    super.observe(target, options);
    this.deep();
  }

  private deep(): void {
    for (const root of shadowRoots(this.container!)) {
      if (this.seen.has(root)) continue;
      this.seen.add(root);
      super.observe(root, this.options);
    }
  }
}

const pause = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the virtual screen reader on `container`, seeing into its shadow roots. */
export async function startScreenReader(container: HTMLElement): Promise<void> {
  flatten(container);
  const add = container.addEventListener.bind(container);
  container.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    if (type !== 'focusin') return add(type, listener, options);
    onFocus = listener;
    add(type, reportFocus(container), options);
  }) as typeof container.addEventListener;
  await virtual.start({ container, window: { MutationObserver: DeepObserver } as unknown as Window });
  virtual.clearSpokenPhraseLog();
}

/**
 * What was said since the last call (and clears it), after letting the page settle. A
 * no-break space is said as a space ("call 911" is kept on one line with one).
 */
export async function said(): Promise<string[]> {
  await pause();
  const log = await virtual.spokenPhraseLog();
  await virtual.clearSpokenPhraseLog();
  return log.map((phrase) => phrase.replaceAll('\u00a0', ' '));
}

/** Reads on with the virtual cursor (browse mode) `count` times; returns what it said. */
export async function readOn(count: number): Promise<string[]> {
  for (let i = 0; i < count; i++) await virtual.next();
  return said();
}

export async function stopScreenReader(): Promise<void> {
  onFocus = undefined;
  await virtual.stop();
}
export { virtual };
