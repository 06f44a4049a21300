// Custom Elements Manifest: `cem analyze` reads this (run by `npm run build`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/env.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
