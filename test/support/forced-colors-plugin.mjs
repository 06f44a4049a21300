// A test-runner command that emulates forced colours (Windows high contrast) through the
// Chrome DevTools Protocol. `executeServerCommand('emulate-forced-colors', { active })`;
// other engines answer that they can't (the test then skips, named in one line by the summary
// reporter). Firefox runs through the same launcher but over WebDriver BiDi, where
// `createCDPSession` throws "CDP support is required": that too is an answer, not an error.
export function forcedColorsPlugin() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.name !== 'Chrome') return false;
      let client = sessions.get(session.id);
      if (!client) {
        try {
          client = await page.createCDPSession();
        } catch {
          return false;
        }
        sessions.set(session.id, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
