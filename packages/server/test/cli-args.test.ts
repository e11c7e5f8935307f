/** The command line and its environment twins. */
import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../src/cli/args.js';

const embeddedDefault = { kind: 'embedded', dataDir: './.opin-data' };

describe('the command line', () => {
  it('runs the server with its defaults', () => {
    expect(parseCliArgs(['--demo'], {})).toEqual({
      kind: 'serve',
      port: 4010,
      host: '127.0.0.1',
      database: embeddedDefault,
      logLevel: 'info',
      config: { kind: 'demo' },
      api: {},
    });
    expect(parseCliArgs(['--help'], {})).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--', '--help'], {})).toEqual({ kind: 'help' });
  });

  it('reads flags, and the environment when a flag is absent', () => {
    const env = {
      PORT: '8080',
      HOST: '0.0.0.0',
      OPIN_DATA_DIR: '/var/lib/opin',
      LOG_LEVEL: 'debug',
      OPIN_CONFIG_DIR: '/etc/opin',
    };
    expect(parseCliArgs([], env)).toEqual({
      kind: 'serve',
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'embedded', dataDir: '/var/lib/opin' },
      logLevel: 'debug',
      config: { kind: 'directory', dir: '/etc/opin' },
      api: {},
    });
    expect(
      parseCliArgs(
        ['--port', '0', '--host', '::1', '--data-dir', 'data', '--log-level', 'warn'],
        env,
      ),
    ).toEqual({
      kind: 'serve',
      port: 0,
      host: '::1',
      database: { kind: 'embedded', dataDir: 'data' },
      logLevel: 'warn',
      config: { kind: 'directory', dir: '/etc/opin' },
      api: {},
    });
    expect(parseCliArgs(['--demo'], { PORT: '', DATABASE_URL: ' ' })).toMatchObject({
      port: 4010,
      database: embeddedDefault,
    });
  });

  it('reads the SMTP relay from --smtp-url or SMTP_URL, and refuses one that is no relay', () => {
    expect(parseCliArgs(['--demo', '--smtp-url', 'smtp://relay.example:587'], {})).toMatchObject({
      smtpUrl: new URL('smtp://relay.example:587'),
    });
    expect(
      parseCliArgs(['--demo'], { SMTP_URL: 'smtps://user:secret@relay.example' }),
    ).toMatchObject({ smtpUrl: new URL('smtps://user:secret@relay.example') });
    expect(parseCliArgs(['--demo'], { SMTP_URL: ' ' })).toMatchObject({ smtpUrl: undefined });
    expect(() => parseCliArgs(['--demo', '--smtp-url', 'https://relay.example'], {})).toThrow(
      /--smtp-url must start with smtp:\/\/ or smtps:\/\/, not https:\/\/\. \(or SMTP_URL\)/,
    );
    expect(() => parseCliArgs(['--demo', '--smtp-url', 'relay'], {})).toThrow(CliUsageError);
    expect(() => parseCliArgs(['keys', 'list', '--smtp-url', 'smtp://relay.example'], {})).toThrow(
      /belong to the server/,
    );
  });

  it('reads the inbound SMTP port from --inbound-smtp-port or OPIN_INBOUND_SMTP_PORT', () => {
    expect(parseCliArgs(['--demo', '--inbound-smtp-port', '2525'], {})).toMatchObject({
      inboundSmtpPort: 2525,
    });
    expect(parseCliArgs(['--demo'], { OPIN_INBOUND_SMTP_PORT: '0' })).toMatchObject({
      inboundSmtpPort: 0,
    });
    expect(parseCliArgs(['--demo'], {})).toMatchObject({ inboundSmtpPort: undefined });
    expect(() => parseCliArgs(['--demo', '--inbound-smtp-port', '70000'], {})).toThrow(
      '--inbound-smtp-port (OPIN_INBOUND_SMTP_PORT) needs a whole number from 0 to 65535, not "70000".',
    );
  });

  it('reads the desk event retention from --desk-event-retention-days or its twin', () => {
    expect(parseCliArgs(['--demo', '--desk-event-retention-days', '30'], {})).toMatchObject({
      deskEventRetentionDays: 30,
    });
    expect(parseCliArgs(['--demo'], { OPIN_DESK_EVENT_RETENTION_DAYS: '7' })).toMatchObject({
      deskEventRetentionDays: 7,
    });
    expect(parseCliArgs(['--demo'], {})).toMatchObject({ deskEventRetentionDays: undefined });
    for (const wrong of ['0', '3651', '1.5', 'two']) {
      expect(() => parseCliArgs(['--demo', '--desk-event-retention-days', wrong], {})).toThrow(
        `--desk-event-retention-days (OPIN_DESK_EVENT_RETENTION_DAYS) needs a whole number of days from 1 to 3650, not "${wrong}".`,
      );
    }
    expect(() => parseCliArgs(['keys', 'list', '--desk-event-retention-days', '3'], {})).toThrow(
      /belong to the server/,
    );
  });

  it('reads the rate limit and the trusted proxies, from flags or their twins', () => {
    expect(
      parseCliArgs(
        ['--demo', '--rate-limit', '0', '--trusted-proxy', '10.0.0.0/8', '--trusted-proxy', '::1'],
        { OPIN_RATE_LIMIT_PER_MINUTE: '5', OPIN_TRUSTED_PROXIES: '192.0.2.1' },
      ),
    ).toMatchObject({ api: { rateLimitPerMinute: 0, trustedProxies: ['10.0.0.0/8', '::1'] } });
    expect(
      parseCliArgs(['--demo'], {
        OPIN_RATE_LIMIT_PER_MINUTE: '5',
        OPIN_TRUSTED_PROXIES: '192.0.2.1, 10.0.0.0/8',
      }),
    ).toMatchObject({
      api: { rateLimitPerMinute: 5, trustedProxies: ['192.0.2.1', '10.0.0.0/8'] },
    });
    expect(() => parseCliArgs(['--demo', '--rate-limit', 'many'], {})).toThrow(
      /--rate-limit \(OPIN_RATE_LIMIT_PER_MINUTE\) needs a whole number/,
    );
    expect(() => parseCliArgs(['--demo', '--trusted-proxy', 'not-an-address'], {})).toThrow(
      /--trusted-proxy \(OPIN_TRUSTED_PROXIES\)/,
    );
    expect(() => parseCliArgs(['keys', 'list', '--rate-limit', '0'], {})).toThrow(
      /belong to the server/,
    );
  });

  it('chooses PostgreSQL with --database-url or DATABASE_URL; a flag beats the environment', () => {
    const url = 'postgres://opin:secret@db.internal:5432/opin';
    expect(parseCliArgs(['--demo', '--database-url', url], {})).toMatchObject({
      database: { kind: 'postgres', url },
    });
    expect(parseCliArgs(['--demo'], { DATABASE_URL: url })).toMatchObject({
      database: { kind: 'postgres', url },
    });
    expect(parseCliArgs(['--demo', '--data-dir', 'here'], { DATABASE_URL: url })).toMatchObject({
      database: { kind: 'embedded', dataDir: 'here' },
    });
    expect(
      parseCliArgs(['--demo', '--database-url', url], { OPIN_DATA_DIR: 'there' }),
    ).toMatchObject({
      database: { kind: 'postgres', url },
    });
  });

  it('refuses what it cannot use, saying why', () => {
    const url = 'postgres://localhost/opin';
    expect(() => parseCliArgs(['--data-dir', 'a', '--database-url', url], {})).toThrow(/not both/);
    expect(() => parseCliArgs([], { DATABASE_URL: url, OPIN_DATA_DIR: 'a' })).toThrow(/both set/);
    expect(() => parseCliArgs(['--database-url', 'mysql://x/y'], {})).toThrow(/postgres:\/\//);
    expect(() => parseCliArgs(['--port', '70000'], {})).toThrow(
      /--port \(PORT\) needs a whole number/,
    );
    expect(() => parseCliArgs([], { PORT: 'abc' })).toThrow(/--port \(PORT\)/);
    expect(() => parseCliArgs(['--log-level', 'loud'], {})).toThrow(/--log-level/);
    expect(() => parseCliArgs(['--verbose'], {})).toThrow(CliUsageError);
    expect(() => parseCliArgs(['serve'], {})).toThrow(/Unknown command "serve"/);
    expect(() => parseCliArgs(['--desk', 'hanken'], {})).toThrow(/keys create/);
  });

  it('reads the keys commands', () => {
    expect(parseCliArgs(['keys', 'create', '--desk', 'hanken'], {})).toEqual({
      kind: 'keys-create',
      deskId: 'hanken',
      database: embeddedDefault,
      logLevel: 'info',
      config: undefined,
    });
    expect(parseCliArgs(['keys', 'create', '--desk', 'x', '--config', 'cfg'], {})).toMatchObject({
      config: { kind: 'directory', dir: 'cfg' },
    });
    expect(parseCliArgs(['keys', 'list', '--data-dir', 'd'], {})).toEqual({
      kind: 'keys-list',
      database: { kind: 'embedded', dataDir: 'd' },
      logLevel: 'info',
    });
    expect(
      parseCliArgs(['keys', 'revoke', 'dk_0123456789abcdef'], { DATABASE_URL: 'postgres://h/d' }),
    ).toEqual({
      kind: 'keys-revoke',
      keyId: 'dk_0123456789abcdef',
      database: { kind: 'postgres', url: 'postgres://h/d' },
      logLevel: 'info',
    });
    expect(() => parseCliArgs(['keys', 'create'], {})).toThrow(/needs --desk/);
    expect(() => parseCliArgs(['keys', 'revoke'], {})).toThrow(/exactly one key id/);
    expect(() => parseCliArgs(['keys', 'revoke', 'a', 'b'], {})).toThrow(/exactly one key id/);
    expect(() => parseCliArgs(['keys'], {})).toThrow(/create, list or revoke/);
    expect(() => parseCliArgs(['keys', 'list', '--port', '1'], {})).toThrow(/belong to the server/);
    expect(() => parseCliArgs(['keys', 'list', '--desk', 'x'], {})).toThrow(/keys create/);
  });

  it('serves a config directory or, only when told, the demo; never the demo by default', () => {
    expect(parseCliArgs(['--config', 'cfg'], {})).toMatchObject({
      config: { kind: 'directory', dir: 'cfg' },
    });
    expect(parseCliArgs([], { OPIN_DEMO: '1' })).toMatchObject({ config: { kind: 'demo' } });
    expect(parseCliArgs([], { OPIN_DEMO: 'true' })).toMatchObject({ config: { kind: 'demo' } });
    expect(parseCliArgs(['--config', 'cfg'], { OPIN_DEMO: '1' })).toMatchObject({
      config: { kind: 'directory', dir: 'cfg' },
    });
    expect(parseCliArgs(['--demo'], { OPIN_CONFIG_DIR: '/etc/opin' })).toMatchObject({
      config: { kind: 'demo' },
    });
    expect(() => parseCliArgs([], {})).toThrow(
      /needs its desks, topics and articles: give --config/,
    );
    expect(() => parseCliArgs([], { OPIN_DEMO: '0' })).toThrow(/give --config DIR/);
    expect(() => parseCliArgs(['--config', 'a', '--demo'], {})).toThrow(/not both/);
    expect(() => parseCliArgs([], { OPIN_CONFIG_DIR: 'a', OPIN_DEMO: '1' })).toThrow(/both set/);
    expect(() => parseCliArgs([], { OPIN_DEMO: 'yes' })).toThrow(/OPIN_DEMO needs 1 or true/);
    expect(() => parseCliArgs(['--config', ' '], {})).toThrow(/--config needs a directory/);
  });
});
