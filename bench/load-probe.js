// Injected by `npm run bench` before any script of the demo page runs (CDP
// Page.addScriptToEvaluateOnNewDocument); the page itself is not changed. Sets
// window.benchLoad to a promise of the page load's milestones, in ms from navigation start:
//   scriptStart  the earliest moment the deferred module script can run: parsing done
//                (domInteractive) and the module and every stylesheet fetched;
//   defined      the first clinic-widgets element defined (end of the module's evaluation);
//   rendered     every faq-accordion, therapy-coaching-quiz and booking-cta in the page has
//                rendered (all updateComplete resolved);
//   painted      the frame showing them has been painted (a task queued from its rAF).
// Also leaves performance marks cw-defined, cw-rendered and cw-painted for traces.
(() => {
  const TAGS = ['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'];
  let defined;
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    if (defined === undefined && TAGS.includes(name)) defined = performance.mark('cw-defined').startTime;
    return define.call(this, name, ...rest);
  };
  const parsed = new Promise((resolve) =>
    document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve, { once: true }) : resolve(),
  );
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }),
    );
  window.benchLoad = (async () => {
    await parsed;
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
    let elements;
    // updateComplete resolves false when another update is pending: wait until all are settled.
    do elements = [...document.querySelectorAll(TAGS.join())];
    while (!(await Promise.all(elements.map((el) => el.updateComplete))).every(Boolean));
    const rendered = performance.mark('cw-rendered').startTime;
    await painted();
    const paintedAt = performance.mark('cw-painted').startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    const fetched = performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'link' || r.name.endsWith('/clinic-widgets.js'))
      .map((r) => r.responseEnd);
    const counts = Object.fromEntries(TAGS.map((tag) => [tag, document.querySelectorAll(tag).length]));
    return { scriptStart: Math.max(nav.domInteractive, ...fetched), defined, rendered, painted: paintedAt, counts };
  })();
})();
