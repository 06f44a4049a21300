// Loaded first (a classic script, before the module) by every host page: records what the
// page's visitors never see: uncaught errors, Content-Security-Policy violations, and every
// console warning or error, so the tests can assert there are none (or at most one), and apart,
// each console.info line.
window.probe = { errors: [], violations: [], console: [], info: [] };
addEventListener('error', (event) => window.probe.errors.push(String(event.error?.stack ?? event.message)));
addEventListener('unhandledrejection', (event) => window.probe.errors.push(String(event.reason?.stack ?? event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.probe.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
);
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.probe.console.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
// console.info apart: the kit names its version there once per page (not a problem to report).
const info = console.info;
console.info = (...args) => {
  window.probe.info.push(args.map(String).join(' '));
  info.apply(console, args);
};
