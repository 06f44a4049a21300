import ts from 'typescript';
import type { Plugin } from 'vite';

/** CSS text: no comments, one space at most, none around punctuation. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** HTML text: a whitespace run containing a line break becomes one space (renders the same). */
export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Minifies the literal text of Lit's css`` and html`` tagged templates in our TypeScript
 * sources (Vite minifies the JavaScript around them, not their strings). The TypeScript
 * parser finds each template, nested ones and those with `${}` included; only the text
 * between the expressions changes.
 */
export function minifyLitTemplates(): Plugin {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(css|html)$/.test(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const tpl = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(tpl) ? [tpl] : [tpl.head, ...tpl.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            const start = part.getStart(file) + 1; // after ` or }
            const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
            edits.push({ start, end, text: minify(code.slice(start, end)) });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return out === code ? null : { code: out, map: null };
    },
  };
}
