/**
 * WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver): its driver cannot resize the window
 * or emulate media, so those tests skip there, and only there; anywhere else such a command
 * failing is a real failure.
 */
export const isWebKit = (): boolean => /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
