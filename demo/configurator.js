// Embed-code builder (demo/configurator.html): the form on the left becomes a live preview (the
// real element) and a copy-paste snippet. A plain browser module: no build step, no dependency.
// Text the webmaster types never goes through innerHTML: the preview is built with
// createElement/setAttribute/textContent, and the snippet escapes it.

/**
 * The build this page runs (dist/integrity.json, written by `npm run build`): its version, which
 * the CDN address pins, and the file's sha384 hash for the snippet's `integrity`, never typed by hand.
 */
const BUILD = await fetch(new URL('../dist/integrity.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);
export const VERSION = BUILD?.version ?? '';
/** The kit's one module file on a public npm CDN, and its hash. */
export const CDN_URL = `https://cdn.jsdelivr.net/npm/clinic-widgets@${VERSION}/dist/clinic-widgets.js`;
export const CDN_INTEGRITY = BUILD?.integrity['clinic-widgets.js'] ?? '';

/** Example questions for the FAQ: fixed text for the webmaster to replace. */
const EXAMPLES = [
  ['How much does a session cost?', 'Replace this with your own answer, for example your fees and any sliding scale.'],
  ['Do you offer online sessions?', 'Replace this with your own answer.'],
];

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `&`, `"`, `<` and `>` as character references: safe inside a double-quoted attribute. */
export const escapeAttr = (value) => escapeText(value).replace(/"/g, '&quot;');
/** `&`, `<` and `>` as character references: safe as element content. */
export const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `#abc` or `abc` → `#aabbcc`; null if it is not a colour code. */
function hexColour(value) {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return `#${digits.toLowerCase()}`;
}

/** Contrast ratio of white text on a `#rrggbb` colour (WCAG 2). */
function contrastWithWhite(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** Whether the elements will accept this link: http(s), tel, mailto or relative (as src/shared/url.ts decides). */
function acceptedLink(value) {
  const decoded = value.replace(/&(#x[0-9a-f]+|#\d+|colon|tab|newline);?/gi, (_, ref) => {
    const r = ref.toLowerCase();
    if (r === 'colon') return ':';
    if (r === 'tab' || r === 'newline') return '';
    return String.fromCodePoint((r[1] === 'x' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10)) || 0xfffd);
  });
  return [value, decoded].every((candidate) => {
    // eslint-disable-next-line no-control-regex
    const compact = candidate.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g, '');
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1].toLowerCase();
    return !scheme || ['http', 'https', 'tel', 'mailto'].includes(scheme);
  });
}

/** Problems worth telling the webmaster about, by the field's `data-check`: a message, or ''. */
const CHECKS = {
  url: (v) =>
    acceptedLink(v)
      ? ''
      : 'The element will refuse this address. Use one that starts with https://, http://, tel: or mailto:, or a path on your site such as /book.',
  phone: (v) => (/\d.*\d/.test(v) ? '' : 'There is no number to call in this, so the element will leave it out.'),
  email: (v) => (/^[^\s@]+@[^\s@]+$/.test(v) ? '' : 'This is not an email address yet, so the element will leave it out.'),
  id: (v) => (/\s/.test(v) ? 'An id cannot contain spaces.' : ''),
  json: (v) => {
    try {
      const value = JSON.parse(v);
      return value && typeof value === 'object' && !Array.isArray(value) ? '' : 'Write an object, like {"key": "text"}.';
    } catch {
      return 'This is not valid JSON yet, so the element will ignore it. Check the double quotes, commas and braces.';
    }
  },
  colour: (v) => {
    const hex = hexColour(v);
    if (!hex) return 'Use a colour code such as #2f6f73.';
    const ratio = contrastWithWhite(hex);
    return ratio < 4.5
      ? `White button text on this colour has a contrast of only ${ratio.toFixed(1)}:1, and 4.5:1 is needed so everyone can read it. Choose a darker colour.`
      : '';
  },
};

/** An element description: `{ tag, attrs: [[name, value | true]], children: [node | string] }`. */
const node = (tag, attrs = [], children = []) => ({ tag, attrs, children });

/** The snippet markup of a node: one attribute per line for the top element when it has several. */
export function toHtml({ tag, attrs, children }, pad = '') {
  const parts = attrs.map(([name, value]) => (value === true ? name : `${name}="${escapeAttr(value)}"`));
  const open = parts.length > 1 && !pad ? `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}\n>` : `<${[tag, ...parts].join(' ')}>`;
  if (children.every((child) => typeof child === 'string')) return `${pad}${open}${children.map(escapeText).join('')}</${tag}>`;
  const inner = children.map((child) => (typeof child === 'string' ? pad + '  ' + escapeText(child) : toHtml(child, pad + '  ')));
  return `${pad}${open}\n${inner.join('\n')}\n${pad}</${tag}>`;
}

/** The same node as DOM, with the snippet's line breaks and indents, built without parsing any markup. */
function toDom({ tag, attrs, children }, pad = '') {
  const el = document.createElement(tag);
  for (const [name, value] of attrs) el.setAttribute(name, value === true ? '' : value);
  const nested = children.some((child) => typeof child !== 'string');
  for (const child of children) {
    if (nested) el.append(`\n${pad}  `);
    el.append(typeof child === 'string' ? child : toDom(child, `${pad}  `));
  }
  if (nested) el.append(`\n${pad}`);
  return el;
}

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const status = document.getElementById('copy-status');
const picker = document.getElementById('c-accent-picker');
const hexInput = document.getElementById('c-accent');

/** The preview's `<style>`-block colour, as a constructed sheet (allowed under a strict CSP). */
const previewSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewSheet];

/** The value of a named control in `scope`: a checked radio's value, 'on' for a ticked box, else its value. */
function valueOf(scope, name) {
  const controls = [...scope.querySelectorAll(`[name="${name}"]`)];
  if (['radio', 'checkbox'].includes(controls[0]?.type)) return controls.find((c) => c.checked)?.value ?? '';
  return controls[0]?.value ?? '';
}

/** Everything the form says, as the element to make and how to deliver it. */
function readForm() {
  const tag = valueOf(form, 'element');
  const set = form.querySelector(`[data-element="${tag}"]`);
  const attrs = [];
  const children = [];
  for (const control of set.querySelectorAll('input, select, textarea')) {
    if ('ui' in control.dataset || control.closest('[hidden]') || (control.dataset.on === 'change' && control.value !== control.dataset.applied)) continue;
    const value = control.type === 'checkbox' ? control.checked : control.value.trim();
    if (!value) continue;
    const { slot, empty, default: byDefault } = control.dataset;
    if (slot) children.push(node('span', [['slot', slot]], [value]));
    else if ('examples' in control.dataset) children.push(...EXAMPLES.map(([q, a]) => node('details', [], [node('summary', [], [q]), node('p', [], [a])])));
    else if (empty) attrs.push([empty, '']);
    else if (value !== byDefault) attrs.push([control.name, value]);
  }
  const lang = valueOf(form, 'lang');
  if (lang) attrs.push(['lang', lang]);
  const accent = valueOf(form, 'accent-on') ? hexColour(hexInput.value) : null;
  const how = valueOf(form, 'accent-how');
  const style = accent && how === 'attribute' ? `--cw-accent: ${accent}` : '';
  const self = valueOf(form, 'script') === 'self';
  const src = self || !CDN_INTEGRITY ? valueOf(form, 'script-path').trim() || '/js/clinic-widgets.js' : CDN_URL;
  return {
    tag,
    element: node(tag, style ? [...attrs, ['style', style]] : attrs, children),
    accent,
    block: accent && how === 'block' ? `${tag} { --cw-accent: ${accent}; }` : '',
    script: valueOf(form, 'include-script') ? src : '',
  };
}

/** The text to paste. */
function snippetOf({ element, block, script }) {
  const lines = [];
  if (script === CDN_URL) lines.push(`<script type="module" src="${CDN_URL}" integrity="${CDN_INTEGRITY}" crossorigin="anonymous"></script>`);
  else if (script) lines.push(`<script type="module" src="${escapeAttr(script)}"></script>`);
  if (block) lines.push(`<style>\n  ${block}\n</style>`);
  lines.push(toHtml(element));
  return lines.join('\n');
}

let childrenKey = '';

/** Updates the live element in place, or makes a new one when the tag changes or an attribute goes. */
function renderPreview({ tag, element, accent, block }) {
  const attrs = element.attrs.filter(([name]) => name !== 'style');
  const names = new Set(attrs.map(([name]) => name));
  // A booking button with nothing to link to shows nothing (and rightly warns on a real page):
  // the preview says what it needs instead of making one.
  const empty = tag === 'booking-cta' && !['href', 'phone', 'email'].some((n) => names.has(n));
  document.getElementById('preview-empty').hidden = !empty;
  if (empty) {
    preview.replaceChildren();
    preview.classList.remove('preview--floating');
    document.getElementById('preview-floating').hidden = true;
    childrenKey = '';
    return;
  }
  let el = preview.firstElementChild;
  const key = JSON.stringify(element.children);
  // A fresh element is exactly what a pasted snippet gives (and removing an attribute from a live
  // element would hand it a null property instead of its default).
  if (!el || el.localName !== tag || [...el.attributes].some(({ name }) => name !== 'style' && !names.has(name))) {
    el = toDom({ ...element, attrs });
    preview.replaceChildren(el);
  } else {
    for (const [name, value] of attrs) {
      const text = value === true ? '' : value;
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
    if (key !== childrenKey) el.replaceChildren(...toDom(element).childNodes);
  }
  childrenKey = key;
  // CSSOM, not a style attribute string: allowed under a strict Content-Security-Policy.
  if (accent && !block) el.style.setProperty('--cw-accent', accent);
  else el.style.removeProperty('--cw-accent');
  if (!el.style.length) el.removeAttribute('style');
  previewSheet.replaceSync(block ? `.preview ${block}` : '');

  const floating = tag === 'booking-cta' && el.getAttribute('variant') === 'floating';
  preview.classList.toggle('preview--floating', floating);
  document.getElementById('preview-floating').hidden = !floating;
}

/** Shows (or clears) a field's problem under it, tied to it with aria-describedby. */
function check(control) {
  const test = CHECKS[control.dataset.check];
  if (!test) return;
  const message = control.value.trim() ? test(control.value.trim()) : '';
  const id = `${control.id}-problem`;
  let problem = document.getElementById(id);
  if (!problem && message) {
    problem = Object.assign(document.createElement('p'), { id, className: 'problem' });
    control.after(problem);
    control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
  }
  if (problem) {
    problem.textContent = message;
    problem.hidden = !message;
  }
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

const hasQuiz = document.getElementById('b-has-quiz');
const quizId = document.getElementById('q-id');
hasQuiz.addEventListener('change', () => (hasQuiz.dataset.touched = ''));

function update() {
  const tag = valueOf(form, 'element');
  // A quiz made here with an id is on the page: the booking button offers to follow it (until
  // the webmaster says otherwise), with that id ready.
  if (!('touched' in hasQuiz.dataset) && quizId.value.trim()) {
    hasQuiz.checked = true;
    document.getElementById('b-for').placeholder = quizId.value.trim();
  }
  for (const set of form.querySelectorAll('[data-element]')) set.hidden = set.dataset.element !== tag;
  for (const el of form.querySelectorAll('[data-show-if]')) {
    const [, not, name, want] = /^(!?)([\w-]+)(?:=(.*))?$/.exec(el.dataset.showIf);
    const value = valueOf(el.closest('[data-element]') ?? form, name);
    el.hidden = (want === undefined ? Boolean(value) : value === want) === Boolean(not);
  }
  for (const control of form.querySelectorAll('[data-check]')) check(control);
  const state = readForm();
  renderPreview(state);
  const text = snippetOf(state);
  if (snippet.value !== text) {
    snippet.value = text;
    snippet.rows = Math.min(text.split('\n').length + 1, 24);
    status.textContent = '';
  }
  for (const code of document.querySelectorAll('.accent-rule')) code.textContent = `${tag} { --cw-accent: ${state.accent ?? '#2f6f73'}; }`;
}

form.addEventListener('input', (event) => {
  if (event.target === picker) hexInput.value = picker.value;
  if (event.target === hexInput && hexColour(hexInput.value)) picker.value = hexColour(hexInput.value);
  if (event.target.dataset.on !== 'change') // Without a build (no dist/integrity.json) there is no hash to pin: the CDN choice waits for one.
if (!CDN_INTEGRITY) {
  const cdn = form.querySelector('input[name="script"][value="cdn"]');
  cdn.disabled = true;
  document.getElementById('c-cdn-hint').textContent = 'Run npm run build first: the CDN snippet takes the file’s hash from the build.';
}

update();
});
form.addEventListener('change', (event) => {
  // Fields that make the element fetch something (src) apply when the webmaster leaves them.
  if (event.target.dataset.on === 'change') event.target.dataset.applied = event.target.value;
  // Without a build (no dist/integrity.json) there is no hash to pin: the CDN choice waits for one.
if (!CDN_INTEGRITY) {
  const cdn = form.querySelector('input[name="script"][value="cdn"]');
  cdn.disabled = true;
  document.getElementById('c-cdn-hint').textContent = 'Run npm run build first: the CDN snippet takes the file’s hash from the build.';
}

update();
});
form.addEventListener('submit', (event) => event.preventDefault());

copyButton.addEventListener('click', async () => {
  status.textContent = '';
  let copied = false;
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied = true;
  } catch {
    // No clipboard API (or it was refused): select the text and use the older command.
    snippet.focus();
    snippet.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  // A fresh message after a pause, so a second copy is announced again.
  setTimeout(() => {
    status.textContent = copied ? 'Copied' : 'Press Ctrl+C (⌘C on a Mac) to copy the selected snippet.';
  }, 50);
});

// Without a build (no dist/integrity.json) there is no hash to pin: the CDN choice waits for one.
if (!CDN_INTEGRITY) {
  const cdn = form.querySelector('input[name="script"][value="cdn"]');
  cdn.disabled = true;
  document.getElementById('c-cdn-hint').textContent = 'Run npm run build first: the CDN snippet takes the file’s hash from the build.';
}

update();
