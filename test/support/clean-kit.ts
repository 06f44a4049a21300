import sinon from 'sinon';
import { resetDismissal } from '../../src/booking-cta/booking-cta.helpers.js';
import { resetWarnings } from '../../src/shared/warn.js';

/**
 * No remembered warnings, dismissed pills or session storage: what a fresh page has. The root
 * hook (test/support/root-hooks.ts) runs it before every test, in every file.
 */
export function resetKit(): void {
  resetWarnings();
  resetDismissal();
  sessionStorage.clear();
}

/** Before a test: a clean kit, and console.warn stubbed (restore it after). */
export function cleanKit(): sinon.SinonStub {
  resetKit();
  return sinon.stub(console, 'warn');
}
