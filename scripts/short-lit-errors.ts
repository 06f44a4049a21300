import type { Plugin } from 'vite';

/**
 * Lit's production build still carries three long developer messages, thrown only when code
 * misuses `css` or `html` (ours does not; the tests would show it). They become short ones that
 * keep the cause ("css", "html"), about 90 B brotli. Anything else in Lit is untouched; if
 * Lit's wording changes, the replacement simply does not match and nothing is lost.
 */
export function shortLitErrors(): Plugin {
  const messages: [RegExp, string][] = [
    [/"CSSResult is not constructable\.[^"]*"/, '"css: use css``"'],
    [/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/, '"css: not a css`` result: "+$1'],
    [/"invalid template strings array"/, '"html: invalid template"'],
  ];
  return {
    name: 'short-lit-errors',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules\/(lit-html|@lit\/reactive-element)\//.test(id)) return null;
      const out = messages.reduce((text, [pattern, short]) => text.replace(pattern, short), code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
