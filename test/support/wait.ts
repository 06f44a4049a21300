import { waitUntil } from '@open-wc/testing';

/**
 * Waits until `condition` holds: something a person would see, or the state a step needs
 * (focus where the next key goes). The limit is not a timing guess: it sits just under the
 * test's own 10 s timeout, so a failure still names what never happened.
 */
export const until = (condition: () => unknown, message: string): Promise<void> =>
  waitUntil(condition, message, { interval: 20, timeout: 9000 });
