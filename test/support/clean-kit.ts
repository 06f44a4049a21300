import sinon from 'sinon';
import { resetDismissal } from '../../src/booking-cta/booking-cta.helpers.js';
import { resetWarnings } from '../../src/shared/warn.js';

/** Before a test: no remembered warnings, dismissed pills or session storage; returns console.warn, stubbed (restore it after). */
export function cleanKit(): sinon.SinonStub {
  resetWarnings();
  resetDismissal();
  sessionStorage.clear();
  return sinon.stub(console, 'warn');
}
