// Parts are only for the outside: a webmaster styles `::part(x)`, and the kit styles its own
// shadow DOM by class. A style rule that selects `[part=…]` would tie the inside to a public
// name (renaming the part would change the look), so no element's styles may have one.
import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../src/index.js';
import { kitTags } from './support/manifest.js';

const TAGS = await kitTags();

/** Every selector in a style sheet, through @media, @supports, @layer and nested rules. */
function selectorsOf(rules: CSSRuleList): string[] {
  return [...rules].flatMap((rule) => [
    ...(rule instanceof CSSStyleRule ? [rule.selectorText] : []),
    ...('cssRules' in rule ? selectorsOf((rule as CSSGroupingRule).cssRules) : []),
  ]);
}

/** The selectors of an element's styles, as the browser parsed them. */
function selectorsOfElement(tag: string): string[] {
  const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
  return styles.flatMap((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : (style as CSSResult).cssText);
    return selectorsOf(sheet.cssRules);
  });
}

describe('parts are only for the outside', () => {
  it('finds the elements and their style rules', () => {
    expect(TAGS).to.include.members(['booking-cta', 'faq-accordion', 'therapy-coaching-quiz']);
    for (const tag of TAGS) expect(selectorsOfElement(tag).length, tag).to.be.above(5);
  });

  for (const tag of TAGS) {
    it(`<${tag}> styles its shadow DOM by class, never by [part=…]`, () => {
      const byPart = selectorsOfElement(tag).filter((selector) => /\[part\b/.test(selector));
      expect(byPart, `${tag} selects a part from inside`).to.deep.equal([]);
    });
  }
});
