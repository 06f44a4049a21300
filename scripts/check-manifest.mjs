// Fails the build when custom-elements.json is incomplete: every element needs a tag name
// and a description, and every attribute, public property, event, slot, CSS part and CSS
// custom property needs a description.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const problems = [];
// A base class (ClinicElement) is a custom element to the analyzer too, but is never registered:
// an element is a class with a tag name, and each expected tag must be one.
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
for (const el of elements) {
  const where = `<${el.tagName}>`;
  if (!el.description && !el.summary) problems.push(`${where}: no description`);
  const lists = {
    attribute: el.attributes ?? [],
    property: (el.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.name.startsWith('_')),
    event: el.events ?? [],
    slot: el.slots ?? [],
    'CSS part': el.cssParts ?? [],
    'CSS custom property': el.cssProperties ?? [],
  };
  for (const [kind, items] of Object.entries(lists)) {
    for (const item of items) {
      if (!item.description?.trim()) problems.push(`${where}: ${kind} "${item.name || '(default)'}" has no description`);
    }
  }
}
const expected = ['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'];
for (const tag of expected) {
  if (!elements.some((el) => el.tagName === tag)) problems.push(`<${tag}> is missing from the manifest`);
}
if (problems.length) {
  console.error(`custom-elements.json is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const count = (key) => elements.reduce((n, el) => n + (el[key]?.length ?? 0), 0);
console.log(
  `custom-elements.json: ${elements.length} elements, ${count('attributes')} attributes, ${count('events')} events, ` +
    `${count('slots')} slots, ${count('cssParts')} parts, ${count('cssProperties')} CSS properties, all described.`,
);
