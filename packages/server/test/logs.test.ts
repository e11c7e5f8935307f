/** The logs carry no secret and no personal data under the names the server uses for them. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log/logger.js';
import { describeTarget } from '../src/storage/target.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

describe('logs', () => {
  it('are JSON lines with an ISO time', () => {
    const { lines, log } = capture();
    log.info({ url: 'http://127.0.0.1:4010' }, 'listening');
    const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({
      msg: 'listening',
      url: 'http://127.0.0.1:4010',
      service: 'opin-support-server',
    });
    expect(entry['time']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('redact headers, keys, tokens, e-mail addresses and connection strings', () => {
    const { lines, log } = capture();
    const secrets = {
      req: {
        headers: {
          authorization: 'Bearer opin_dk_secret1',
          cookie: 'c=secret2',
          'idempotency-key': 'secret3',
        },
      },
      key: 'opin_dk_secret4',
      token: 'secret5',
      email: 'learner@example.org',
      contact: { email: 'someone@example.org', name: 'Secret Name' },
      ticket: { accessToken: 'secret6', email: 'third@example.org' },
      databaseUrl: 'postgres://opin:secret7@db/opin',
    };
    log.info(secrets, 'request');
    const text = lines.join('');
    for (const secret of [
      'secret1',
      'secret2',
      'secret3',
      'secret4',
      'secret5',
      'secret6',
      'secret7',
      'example.org',
      'Secret Name',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('name a PostgreSQL by host and database, never by user or password', () => {
    const text = describeTarget({
      kind: 'postgres',
      url: 'postgres://opin:s3cret@db.internal:6543/support?sslmode=require',
    });
    expect(text).toBe('PostgreSQL at db.internal:6543/support');
    expect(describeTarget({ kind: 'postgres', url: 'not a url' })).not.toContain('not a url');
  });
});
