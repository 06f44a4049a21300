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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/env.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [dropPrivateState(), baseClassesAreNotElements()],
};
