// Custom Elements Manifest: `cem analyze` reads this (run by `npm run build`).

/** Private reactive state (`static properties` entries with `state: true`) is not an attribute. */
function dropPrivateState() {
  return {
    name: 'drop-private-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const hidden = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
          if (decl.members) decl.members = decl.members.filter((m) => !hidden.has(m.name) || m.kind === 'method');
        }
      }
    },
  };
}

/** A shared base class (src/shared/, ClinicElement) is a class, not an element: it has no tag of its own. */
function baseClassesAreNotElements() {
  return {
    name: 'base-classes-are-not-elements',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules.filter((m) => m.path.startsWith('src/shared/'))) {
        for (const decl of mod.declarations ?? []) if (decl.customElement && !decl.tagName) delete decl.customElement;
      }
    },
  };
}

/**
 * The modules in the order of their paths. The analyzer lists them in the order the file system
 * returns them, which differs between machines (CI's clean clone put the elements in another
 * order than a developer's, and the generated docs tables with them).
 */
function modulesByPath() {
  return {
    name: 'modules-by-path',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/env.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropPrivateState(), baseClassesAreNotElements(), modulesByPath()],
};
