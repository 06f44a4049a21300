// Every HTML example in the README and the docs/ pages it links, parsed as a webmaster's page
// would parse it: each `strings` attribute and each JSON config script must be valid JSON, and no
// element may pick up stray attributes (a straight apostrophe inside strings='…' ends the
// attribute early: the JSON is then ignored and the rest of the sentence becomes attributes).
import { expect } from '@open-wc/testing';

const KNOWN: Record<string, string[]> = {
  'therapy-coaching-quiz': ['id', 'booking-url', 'therapy-url', 'coaching-url', 'phone', 'src', 'remember', 'heading', 'strings', 'crisis-phone', 'crisis-sms', 'crisis-name', 'crisis-resources', 'emergency-phone', 'hours', 'youth', 'lang', 'class', 'style'],
  'faq-accordion': ['id', 'heading-level', 'single', 'no-expand-all', 'search', 'schema', 'strings', 'lang', 'class', 'style'],
  'booking-cta': ['id', 'href', 'label', 'phone', 'service', 'email', 'online', 'variant', 'position', 'target', 'mode', 'utm', 'for', 'service-param', 'data-layer', 'remember-dismiss', 'strings', 'lang', 'class', 'style'],
};

/** The README and every docs/ page it links (the guides moved there). */
async function examples() {
  const readme = await (await fetch('/README.md')).text();
  const pages = ['README.md', ...new Set([...readme.matchAll(/\]\((docs\/[\w-]+\.md)/g)].map((m) => m[1]))];
  const texts = await Promise.all(pages.map(async (page) => (await fetch(`/${page}`)).text()));
  return texts.flatMap((text, p) => [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m, i) => ({ i: `${pages[p]} #${i}`, source: m[1] })));
}

describe('README HTML examples parse as pasted', () => {
  it('every strings attribute and JSON script is valid JSON, and no element has stray attributes', async () => {
    const problems: string[] = [];
    const blocks = await examples();
    expect(blocks.length, 'HTML examples found').to.be.above(30);
    for (const { i, source } of blocks) {
      const doc = new DOMParser().parseFromString(source.replace(/…/g, ''), 'text/html');
      for (const el of doc.querySelectorAll(Object.keys(KNOWN).join(','))) {
        const tag = el.localName;
        const stray = el.getAttributeNames().filter((name) => !KNOWN[tag].includes(name));
        if (stray.length) problems.push(`example ${i}: <${tag}> has stray attributes ${stray.join(', ')}`);
        for (const name of ['strings', 'crisis-resources']) {
          if (!el.hasAttribute(name)) continue;
          try {
            JSON.parse(el.getAttribute(name)!);
          } catch (e) {
            problems.push(`example ${i}: <${tag}> ${name} is not JSON (${(e as Error).message})`);
          }
        }
        for (const script of el.querySelectorAll(':scope > script[type="application/json"]')) {
          try {
            JSON.parse(script.textContent!);
          } catch (e) {
            problems.push(`example ${i}: <${tag}> JSON script is not JSON (${(e as Error).message})`);
          }
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
