// Every embed snippet the README shows (docs/snippets/*.html) pasted into a blank page,
// with its script src pointed at the built module, renders working elements.
import { expect, waitUntil } from '@open-wc/testing';

const SNIPPETS = [
  'plain-html.html',
  'wordpress-custom-html.html',
  'wordpress-details.html',
  'squarespace-code-block.html',
  'squarespace-code-injection.html',
  'strict-csp.html',
];
const TAGS = ['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'];

async function load(name) {
  const source = await (await fetch(`/docs/snippets/${name}`)).text();
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const violations = [];
  const errors = [];
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  // Served as a page of its own (see web-test-runner.config.mjs), the script pointed at dist/.
  frame.src = `/snippet/${name}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  win.document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  win.addEventListener('error', (e) => errors.push(e.message));
  return { frame, doc: win.document, win, source, violations, errors };
}

describe('README embed snippets', () => {
  it('no snippet has a tag inside an HTML comment (WordPress shows such a comment as text to Authors)', async () => {
    const tagged = [];
    for (const name of SNIPPETS) {
      const source = await (await fetch(`/docs/snippets/${name}`)).text();
      for (const [comment] of source.matchAll(/<!--[\s\S]*?-->/g)) if (/<\/?[a-z]/i.test(comment.slice(4, -3))) tagged.push(`${name}: ${comment.slice(0, 60)}`);
    }
    expect(tagged).to.deep.equal([]);
  });

  it('plain-html.html: the booking button follows the quiz, and no booking pitch sits beside its crisis screen', async () => {
    const { frame, doc, win } = await load('plain-html.html');
    try {
      await waitUntil(() => win.customElements.get('booking-cta') && win.customElements.get('therapy-coaching-quiz'), 'elements registered', { timeout: 5000 });
      const quiz = doc.querySelector('therapy-coaching-quiz');
      const cta = doc.querySelector('booking-cta');
      expect(cta.getAttribute('for')).to.equal(quiz.id);
      await quiz.updateComplete;
      await cta.updateComplete;
      const visible = () => cta.getBoundingClientRect().height > 0 && !!cta.shadowRoot.querySelector('a[href]');
      expect(visible(), 'the booking button shows before the quiz').to.equal(true);
      quiz.shadowRoot.querySelector('[part~=start]').click();
      await quiz.updateComplete;
      for (const pick of [0, 1]) {
        quiz.shadowRoot.querySelectorAll('input[type=radio]')[pick].click();
        await quiz.updateComplete;
        quiz.shadowRoot.querySelector('[part~=next]').click();
        await quiz.updateComplete;
      }
      expect(quiz.shadowRoot.querySelector('[part~=crisis]'), 'the crisis screen').to.exist;
      await cta.updateComplete;
      expect(visible(), 'the page’s booking button steps aside').to.equal(false);
    } finally {
      frame.remove();
    }
  });


  for (const name of SNIPPETS) {
    it(`${name} loads the kit with one module script and renders its elements`, async () => {
      const { frame, doc, win, source, violations, errors } = await load(name);
      try {
        expect(source.match(/<script type="module" src="[^"]+clinic-widgets\.js"><\/script>/g)).to.have.length(1);
        // WordPress's HTML filter breaks a comment that holds tags, and its text shows on the page.
        if (name.startsWith('wordpress-')) expect(source, 'an HTML comment in a WordPress snippet').not.to.include('<!--');
        const present = TAGS.filter((tag) => doc.querySelector(tag));
        await waitUntil(() => present.every((tag) => win.customElements.get(tag)), 'elements registered', { timeout: 5000 });
        for (const tag of present) {
          const el = doc.querySelector(tag);
          await el.updateComplete;
          expect(el.shadowRoot, tag).to.exist;
          expect(el.shadowRoot.textContent.trim().length, `${tag} renders text`).to.be.above(0);
        }
        if (name === 'squarespace-code-injection.html') expect(win.customElements.get('booking-cta')).to.be.a('function');
        if (name === 'wordpress-details.html') {
          const questions = [...doc.querySelector('faq-accordion').shadowRoot.querySelectorAll('button[aria-expanded]')];
          expect(questions.map((b) => b.textContent.trim())).to.deep.equal([
            'Do you offer a free consultation?',
            'Are online sessions available?',
          ]);
          expect(doc.querySelector('a[href="/contact/"]')).to.exist;
        }
        expect(violations, 'CSP violations').to.deep.equal([]);
        expect(errors, 'errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
