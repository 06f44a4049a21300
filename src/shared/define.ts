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
    if (!registry[WARNED]) console.warn(`clinic-widgets ${version}: already loaded (${first}); this copy was ignored.`);
    registry[WARNED] = true;
    return;
  }
  registry[LOADED] = version;
  for (const [tag, ctor] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }
  console.info(`clinic-widgets ${version}`);
  // ?clinic-widgets-debug in the address: once the page has loaded, say so if it has none of the
  // elements (a misspelt tag, or an editor that stripped them). See docs/troubleshooting.md.
  if (/[?&]clinic-widgets-debug\b/.test(location.search)) {
    const tags = Object.keys(elements);
    const check = () =>
      document.querySelector(tags.join()) ||
      console.warn(`clinic-widgets ${version}: this page has no <${tags.join('>, <')}>; check the tags' spelling, and that your editor kept them.`);
    if (document.readyState === 'complete') check();
    else addEventListener('load', check, { once: true });
  }
}
