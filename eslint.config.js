import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

/** Strings are rendered as text, never as HTML. */
const textOnly = [
  { selector: "ImportDeclaration[source.value=/unsafe-html|unsafe-svg/]", message: 'Render strings as text, never as HTML.' },
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Render strings as text, never as HTML.' },
];

/**
 * `render()` and its `renderX()` helpers are a pure function of state: they neither warn nor
 * parse nor validate (each render would warn again and parse again). That work lives in
 * `willUpdate()` or a setter. Matched by the names of the kit's warning and parsing helpers
 * (`warn`, `this.warn`, `oneOf`, `parseJson`, `childJson`, `withOverrides`, `safeUrl`,
 * `validate`, `readChildren`) and of `JSON.parse` and `console.*`.
 */
const IMPURE = 'warn|oneOf|parseJson|childJson|withOverrides|safeUrl|validate|readChildren';
const pureRender = [
  {
    selector: `MethodDefinition[key.name=/^render/] CallExpression[callee.name=/^(${IMPURE})$/]`,
    message: 'render() is a pure function of state: warn, parse and validate in willUpdate() or a setter.',
  },
  {
    selector: `MethodDefinition[key.name=/^render/] CallExpression[callee.property.name=/^(${IMPURE}|parse)$/]`,
    message: 'render() is a pure function of state: warn, parse and validate in willUpdate() or a setter.',
  },
  {
    selector: "MethodDefinition[key.name=/^render/] CallExpression[callee.object.name='console']",
    message: 'render() is a pure function of state: no console output from a render.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json', '.tmp/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { rules: { eqeqeq: ['error', 'always'] } },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...textOnly, ...pureRender],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.js'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.js', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
);
