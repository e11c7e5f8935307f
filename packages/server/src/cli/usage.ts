/**
 * The text `--help` prints and a flag error repeats.
 * @internal
 */
export const usage = `Usage:
  opin-support-server [options]                 run the server
  opin-support-server keys create --desk DESK   create a desk key (printed once)
  opin-support-server keys list                 list desk keys (ids, never the keys)
  opin-support-server keys revoke KEY_ID        revoke a desk key

Options (each has an environment twin; a flag wins over its twin):
  --port N              TCP port (default 4010; 0 picks a free port)        PORT
  --host HOST           interface to listen on (default 127.0.0.1)          HOST
  --data-dir DIR        embedded database directory (default ./.opin-data)  OPIN_DATA_DIR
  --database-url URL    PostgreSQL instead: postgres://user:pass@host/db    DATABASE_URL
  --log-level LEVEL     fatal, error, warn, info (default), debug or trace  LOG_LEVEL
  --config DIR          the desks, topics and articles to serve             OPIN_CONFIG_DIR
  --demo                the demo config, dev-<deskId> desk keys and the     OPIN_DEMO=1
                        control endpoints /api/v1/_mock/* (never for real learners)
  --rate-limit N        ticket creations per client and minute (default 60; OPIN_RATE_LIMIT_PER_MINUTE
                        0 turns the limits off)
  --trusted-proxy CIDR  a proxy in front of the server whose                OPIN_TRUSTED_PROXIES
                        X-Forwarded-For is read (repeatable; the twin is a comma list)
  --smtp-url URL        the relay e-mail is sent through:                   SMTP_URL
                        smtp://[user:pass@]host:587 (STARTTLS when offered) or smtps://host:465;
                        without it, e-mails wait in the outbox and none is sent
  --inbound-smtp-port N the port e-mail desks' replies are taken on, from    OPIN_INBOUND_SMTP_PORT
                        the mail relay in front (on --host; none by default)
  --desk-event-retention-days N                                             OPIN_DESK_EVENT_RETENTION_DAYS
                        days desk events are kept (default 14; 1 to 3650); older ones are
                        deleted every hour
  --help                show this help

The server needs --config or --demo: it never serves the demo by default. The keys commands take
--data-dir or --database-url too, and "keys create" with --config or --demo accepts only the
desks they configure. An embedded data directory serves one process at a time: stop the server
before running a keys command on it.`;
