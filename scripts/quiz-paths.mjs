// Every answer path through the default quiz, in English and French, and what each recommends:
//   npm run quiz:paths            prints the rules' outcome table (and checks both languages agree)
//   npm run quiz:paths -- --write puts it in docs/therapy-coaching-quiz.md
//   npm run quiz:paths -- --check fails when the docs' table is not the one the rules give
// The TypeScript logic is bundled in memory with esbuild, so this runs on Node alone.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const entry = `
  export { allPaths, distribution } from './src/therapy-coaching-quiz/therapy-coaching-quiz.paths.ts';
  export { defaultQuiz } from './src/therapy-coaching-quiz/therapy-coaching-quiz.logic.ts';
  export { STRINGS } from './src/therapy-coaching-quiz/therapy-coaching-quiz.strings.ts';
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root.pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { allPaths, distribution, defaultQuiz, STRINGS } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

const paths = { en: allPaths(defaultQuiz(STRINGS.en.questions)), fr: allPaths(defaultQuiz(STRINGS.fr.questions)) };
const same = paths.en.length === paths.fr.length && paths.en.every((p, i) => p.recommendation === paths.fr[i].recommendation);
if (!same) {
  console.error('English and French paths give different outcomes: the wording and the rules have drifted apart.');
  process.exit(1);
}

const counts = distribution(paths.en);
const total = paths.en.length;
const LABELS = {
  crisis: 'Crisis screen (the safety question’s “Yes”)',
  therapy: 'Therapy',
  both: 'Therapy and coaching',
  coaching: 'Coaching',
  consultation: 'A consultation to decide',
};
const undisclosed = paths.en.filter((p) => p.chosen[1] === 2).length;
const table = [
  `| Result | Paths | Share |`,
  `| --- | ---: | ---: |`,
  ...Object.entries(LABELS).map(([key, label]) => `| ${label} | ${counts[key].toLocaleString('en')} | ${((100 * counts[key]) / total).toFixed(1)} % |`),
  `| **Every path** | **${total.toLocaleString('en')}** | 100 % |`,
  '',
  `${undisclosed.toLocaleString('en')} of these paths answer “I’d rather not say” to the safety question: their result leads with crisis help. English and French give the same result on every path.`,
].join('\n');

const DOC = new URL('docs/therapy-coaching-quiz.md', root);
const START = '<!-- quiz-paths table: npm run quiz:paths -- --write -->';
const END = '<!-- /quiz-paths table -->';
const doc = readFileSync(DOC, 'utf8');
const at = doc.indexOf(START);
const end = doc.indexOf(END);
const updated = at >= 0 && end > at ? `${doc.slice(0, at + START.length)}\n${table}\n${doc.slice(end)}` : doc;

if (process.argv.includes('--write')) {
  if (updated === doc && at < 0) throw new Error(`docs/therapy-coaching-quiz.md has no ${START} … ${END} block`);
  writeFileSync(DOC, updated);
  console.log('docs/therapy-coaching-quiz.md: outcome table written.');
} else if (process.argv.includes('--check')) {
  if (at < 0 || updated !== doc) {
    console.error('docs/therapy-coaching-quiz.md: the outcome table is out of date. Run: npm run quiz:paths -- --write');
    process.exit(1);
  }
  console.log(`docs/therapy-coaching-quiz.md: the outcome table matches the rules (${total} paths).`);
} else {
  console.log(table);
}
