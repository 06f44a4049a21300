/**
 * The kit's tags, read from custom-elements.json (written by `npm run build`), so a suite that
 * loops over the elements covers a new one without an edit.
 */
interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
}

export async function kitTags(): Promise<string[]> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run npm run build first.');
  const manifest = (await response.json()) as Manifest;
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : []));
}
