/**
 * Engines whose drivers lack a command skip the tests that need it, and only those engines:
 * anywhere else the command failing is a real failure. WebKit (WebKitGTK's MiniBrowser through
 * WebKitWebDriver) cannot resize the window; media emulation (print, reduced motion) needs the
 * DevTools protocol, so only Chromium has it (Firefox runs through WebDriver BiDi).
 */
export const isWebKit = (): boolean => /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

export const isChromium = (): boolean => /Chrome/.test(navigator.userAgent);
