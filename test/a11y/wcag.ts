// axe-core with the WCAG 2.2 A and AA rules only (WCAG 2.0, 2.1 and 2.2 levels A and AA), run
// on an element and everything inside its shadow roots. chai-a11y-axe's `accessible()` runs
// axe's defaults (best practices included) and cannot take `runOnly`, so this calls axe.run.
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

export const WCAG22: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** Asserts that axe finds no WCAG 2.2 A/AA violation in `el` (its state named by `what`). */
export async function expectWcag(el: Element, what: string): Promise<void> {
  // Let opening animations (a fade from transparent) finish: axe reads the colours as drawn.
  const roots = [document, ...[el, ...el.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? [n.shadowRoot, ...deepRoots(n.shadowRoot)] : []))];
  await Promise.all(roots.flatMap((root) => root.getAnimations()).map((a) => a.finished.catch(() => undefined)));
  const { violations } = await axe.run(el, WCAG22);
  const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.tags.filter((t) => t.startsWith('wcag')).join(' ')}): ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  expect(found, `WCAG 2.2 A/AA violations: ${what}`).to.deep.equal([]);
}

function deepRoots(root: ShadowRoot): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? [n.shadowRoot, ...deepRoots(n.shadowRoot)] : []));
}
