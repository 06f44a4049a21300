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

/** The kit's abstract base (src/shared/clinic-element.ts) is no element of its own: its members stay inherited. */
function baseIsNoElement() {
  return {
    name: 'base-is-no-element',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.name === 'ClinicElement') delete decl.customElement;
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
  plugins: [dropPrivateState(), baseIsNoElement()],
};
