// In-page side of `npm run bench`. Each function builds its element off-document, then times
// one first render: from appending it until Lit has rendered and the browser has computed
// style and layout (a forced synchronous layout). Returns milliseconds.
const data = (n) =>
  Array.from({ length: n }, (_, i) => ({
    question: `Question ${i + 1}: how do I know whether therapy or coaching fits situation ${i + 1}?`,
    answer: `Answer ${i + 1}. Therapy focuses on healing; coaching on goals and growth.\n\nA short conversation with a provider can help you decide (${i + 1}).`,
  }));

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function time(el) {
  await settle();
  const start = performance.now();
  document.body.append(el);
  await el.updateComplete;
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

window.bench = { faqJson, faqDetails, floor };
