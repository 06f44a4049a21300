// In-page side of `npm run bench` (bench/kit.html and bench/floor.html). Every function
// returns milliseconds measured with performance.now() in the page.
const data = (n) =>
  Array.from({ length: n }, (_, i) => ({
    question: `Question ${i + 1}: how do I know whether therapy or coaching fits situation ${i + 1}?`,
    answer: `Answer ${i + 1}. Therapy focuses on healing; coaching on goals and growth.\n\nA short conversation with a provider can help you decide (${i + 1}).`,
  }));

/** Resolves once the next frame has been rendered: a task queued from its rAF callback runs after style, layout and paint. */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
/** Resolves at the second animation frame from now (the "double rAF" signal). */
const doubleFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
const settle = () => painted().then(() => new Promise((resolve) => setTimeout(resolve)));

// First render: from appending the element until Lit has rendered and the browser has
// computed style and layout (a forced synchronous layout).
async function time(el) {
  await settle();
  const start = performance.now();
  document.body.append(el);
  // updateComplete is false when the element asked for another update in updated(): wait for it too.
  while (!(await el.updateComplete));
  document.body.getBoundingClientRect();
  const ms = performance.now() - start;
  el.remove();
  return ms;
}

function faqJson(n) {
  const el = document.createElement('faq-accordion');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data(n));
  el.append(script);
  return time(el);
}

function faqDetails(n) {
  const el = document.createElement('faq-accordion');
  for (const { question, answer } of data(n)) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = question;
    details.append(summary);
    for (const text of answer.split('\n\n')) {
      const p = document.createElement('p');
      p.textContent = text;
      details.append(p);
    }
    el.append(details);
  }
  return time(el);
}

function floor(n) {
  const el = document.createElement('bench-list');
  el.items = data(n).map((d) => d.question);
  return time(el);
}

/**
 * One walk through the default quiz, choosing each question's first answer (never the crisis
 * answer). Each step starts just after a frame has been painted (so the next frame is a whole
 * frame away: the worst case for a click, which the goal of one frame + 10 ms allows for), clicks Start or Next with HTMLElement.click() (the
 * Next button submits the form), and measures until the next screen's heading is in the DOM
 * (`dom`), until the frame showing it has been painted (`paint`), and until the second rAF
 * (`raf2`). Returns `[{ dom, paint, raf2 }]`: Start → question 1, …, last question → result.
 */
async function quiz() {
  const el = document.createElement('therapy-coaching-quiz');
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot;
  const steps = [];
  let button = root.querySelector('[part=start]');
  while (button) {
    const before = root.querySelector('h2')?.textContent;
    // A frame with nothing to render first, so every click lands just after a frame.
    await painted();
    await settle();
    const start = performance.now();
    button.click();
    await el.updateComplete;
    const heading = root.querySelector('h2');
    if (!heading || heading.textContent === before) throw new Error(`quiz step ${steps.length + 1}: the next heading is not in the DOM`);
    const dom = performance.now();
    const [paint, raf2] = await Promise.all([painted(), doubleFrame()]);
    steps.push({ dom: dom - start, paint: paint - start, raf2: raf2 - start });
    const answer = root.querySelector('input[type=radio]');
    if (!answer) break;
    answer.click();
    await el.updateComplete;
    button = root.querySelector('[part=next]');
  }
  el.remove();
  return steps;
}

window.bench = { faqJson, faqDetails, floor, quiz };
