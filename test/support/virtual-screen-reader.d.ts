// The package's browser build (one self-contained ES module) has no types in its exports map;
// it is the same API as the package's main entry.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
