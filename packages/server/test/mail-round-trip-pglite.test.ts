/** E-mail both ways over SMTP, on PGlite in memory (`./support/mail-round-trip-suite.ts`). */
import { inMemory } from '../src/storage/target.js';
import { mailRoundTripSuite } from './support/mail-round-trip-suite.js';

mailRoundTripSuite(() => ({ kind: 'embedded', dataDir: inMemory }));
