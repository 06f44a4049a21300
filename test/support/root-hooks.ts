// Loaded before every test file (web-test-runner.config.mjs, `rootHooks`): mocha hooks at the
// root run around every test of the file.
import { resetKit } from './clean-kit.js';

beforeEach(resetKit);
