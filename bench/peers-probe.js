// Injected by `npm run bench:peers` before any script of a peers page runs (CDP
// Page.addScriptToEvaluateOnNewDocument), into every page alike, the blank one included.
// Sets window.benchReady to a promise of { ready, rendered, bytes }:
//   ready     ms from the HTML's last byte (navigation responseEnd) to the frame showing the
//             component painted: the page parsed, the component's script(s) run (their `load`
//             event, which fires after a script has been evaluated), every element matching
//             `spec.elements` defined and rendered (Lit's updateComplete, until it stays true),
//             then a task queued from the next requestAnimationFrame (style, layout, paint done);
//   rendered  the same, without the paint;
//   bytes     the scripts' and stylesheets' bodies as sent (brotli), from Resource Timing.
// `spec` is { script?: selector of the script(s) that make the component work,
//             elements?: selector of the component's custom elements }.
// The runner injects this file's text followed by `peersProbe(spec)`, inside a function.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function peersProbe(spec) {
  const parsed = new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const scriptRan = new Promise((resolve) => {
    if (!spec.script) return resolve();
    // `load` does not bubble: listen in the capture phase, before any script exists.
    document.addEventListener('load', (event) => event.target.matches?.(spec.script) && resolve(), true);
  });
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  window.benchReady = (async () => {
    await Promise.all([parsed, scriptRan]);
    if (spec.elements) {
      const tags = new Set([...document.querySelectorAll(spec.elements)].map((el) => el.localName));
      await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
      let elements;
      do elements = [...document.querySelectorAll(spec.elements)];
      while (!(await Promise.all(elements.map((el) => el.updateComplete ?? true))).every(Boolean));
    }
    const rendered = performance.now();
    const paintedAt = await painted();
    const { responseEnd } = performance.getEntriesByType('navigation')[0];
    const bytes = performance
      .getEntriesByType('resource')
      .filter((r) => /\.(m?js|css)$/.test(new URL(r.name).pathname))
      .reduce((sum, r) => sum + r.encodedBodySize, 0);
    return { ready: paintedAt - responseEnd, rendered: rendered - responseEnd, bytes };
  })();
}
