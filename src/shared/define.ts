const LOADED = Symbol.for('clinic-widgets.loaded');
const WARNED = Symbol.for('clinic-widgets.warned');

type Registry = typeof globalThis & { [LOADED]?: string; [WARNED]?: boolean };

/**
 * Registers the kit's elements once per page. Another copy of the module (two script tags,
 * two versions, or a copy bundled elsewhere) registers nothing and throws nothing; the first
 * copy's elements keep working, and the page gets one console warning however many copies load.
 */
export function defineAll(version: string, elements: Record<string, CustomElementConstructor>): void {
  const registry = globalThis as Registry;
  const first = registry[LOADED];
  if (first) {
    if (!registry[WARNED])
      console.warn(`clinic-widgets ${version}: already loaded (${first}); this copy was ignored. Keep one <script> that loads clinic-widgets.js on the page.`);
    registry[WARNED] = true;
    return;
  }
  registry[LOADED] = version;
  for (const [tag, ctor] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }
  // The version line, from a timer task: called by the timer, not from this module's code, the
  // console records no source location for it, which would have V8 parse the whole module
  // again to find one (about 2 ms on load, and 8 at 4x CPU slowdown).
  setTimeout(console.info, 0, `clinic-widgets ${version}`);
  // ?clinic-widgets-debug in the address: once the page has loaded, say so if it has none of the
  // elements (a misspelt tag, or an editor that stripped them). See docs/troubleshooting.md.
  if (location.search.includes('clinic-widgets-debug')) {
    const tags = Object.keys(elements);
    const check = () =>
      document.querySelector(tags.join()) ||
      console.warn(`clinic-widgets ${version}: this page has no <${tags.join('>, <')}>; check the tags' spelling, and that your editor kept them.`);
    if (document.readyState === 'complete') check();
    else addEventListener('load', check, { once: true });
  }
}
