/** A logger that writes nothing, for tests that do not read the logs. */
import { pino } from 'pino';

export const silentLog = pino({ level: 'silent' });
