/**
 * `webhooks.yaml`'s entries (`webhookConfigSchema`) and the checks across them and the desks
 * (`webhookConfigProblems`): one webhook per known desk, https (plain http only to loopback in the
 * demo), no user info in the URL, a secret named by environment variable or file.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { webhookConfigProblems } from '../src/config-schemas/webhook-config-problems.js';
import {
  webhookConfigSchema,
  type WebhookConfig,
} from '../src/config-schemas/webhook-config-schema.js';
import { demoConfig } from '../src/demo-config/index.js';

const webhook = {
  desk: 'hanken',
  url: 'https://itsm.hanken.fi/hooks/opin',
  secret: { env: 'OPIN_WEBHOOK_SECRET_HANKEN' },
};

function issuesOf(value: unknown) {
  return (webhookConfigSchema.safeParse(value).error?.issues ?? []).map((issue) => ({
    path: issue.path,
    message: issue.message,
  }));
}

describe('webhookConfigSchema', () => {
  it('takes an entry as the design writes it, with every optional field', () => {
    expect(issuesOf(webhook)).toEqual([]);
    const full = {
      ...webhook,
      secret: { file: '/run/secrets/hanken-webhook' },
      previousSecret: { env: 'OPIN_WEBHOOK_SECRET_HANKEN_OLD' },
      events: ['handoff.offered', 'message.learner'],
      allowPrivateNetwork: true,
    };
    expect(webhookConfigSchema.parse(full)).toEqual(full);
  });

  it('wants the secret from one place, never the secret itself', () => {
    const message =
      'Must be { env: VARIABLE_NAME } or { file: /absolute/path }, never the secret itself.';
    expect(issuesOf({ ...webhook, secret: { env: 'A', file: '/b' } })).toEqual([
      { path: ['secret'], message },
    ]);
    expect(issuesOf({ ...webhook, secret: {} })).toEqual([{ path: ['secret'], message }]);
    expect(issuesOf({ ...webhook, secret: 'hunter2-hunter2-hunter2-hunter2-x' })).toMatchObject([
      { path: ['secret'] },
    ]);
    expect(issuesOf({ ...webhook, secret: { env: 'NOT A NAME' } })).toEqual([
      { path: ['secret', 'env'], message: 'Must be an environment variable name.' },
    ]);
    expect(issuesOf({ ...webhook, secret: { value: 'x' } })).toEqual([
      { path: ['secret'], message },
    ]);
    expect(issuesOf({ ...webhook, secret: { file: 'relative' } })).toEqual([
      { path: ['secret', 'file'], message: 'Must be an absolute path.' },
    ]);
  });

  it('refuses a URL that is none, of another scheme, or with a user name or password', () => {
    expect(issuesOf({ ...webhook, url: 'itsm.hanken.fi/hooks' })).toEqual([
      { path: ['url'], message: 'Must be a URL.' },
    ]);
    expect(issuesOf({ ...webhook, url: 'ftp://itsm.hanken.fi/hooks' })).toEqual([
      { path: ['url'], message: 'Must be an https:// URL.' },
    ]);
    expect(issuesOf({ ...webhook, url: 'https://opin:pw@itsm.hanken.fi/hooks' })).toEqual([
      {
        path: ['url'],
        message:
          'Must not hold a user name or password: put a token in the path or query if the receiver needs one.',
      },
    ]);
  });

  it('refuses unknown events, an empty or repeated list, and unknown fields', () => {
    expect(issuesOf({ ...webhook, events: ['ticket.deleted'] })).toMatchObject([
      { path: ['events', 0] },
    ]);
    expect(issuesOf({ ...webhook, events: [] })).toEqual([
      {
        path: ['events'],
        message: 'Needs at least one event type; leave the field out for all of them.',
      },
    ]);
    expect(issuesOf({ ...webhook, events: ['status.changed', 'status.changed'] })).toEqual([
      { path: ['events'], message: 'Lists an event type twice.' },
    ]);
    expect(webhookConfigSchema.safeParse({ ...webhook, secrets: [] }).error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['secrets'] },
    ]);
  });
});

describe('webhookConfigProblems', () => {
  const desks = demoConfig.desks;
  const parse = (list: unknown[]): WebhookConfig[] => z.array(webhookConfigSchema).parse(list);

  it('has none for one webhook per known desk', () => {
    const list = parse([webhook, { ...webhook, desk: 'opin' }]);
    expect(webhookConfigProblems(list, desks, { demo: false })).toEqual([]);
  });

  it('refuses an unknown desk and a second webhook for a desk', () => {
    const list = parse([webhook, { ...webhook, desk: 'hanken2' }, webhook]);
    expect(webhookConfigProblems(list, desks, { demo: false })).toEqual([
      { part: 'webhooks', path: [1, 'desk'], message: 'unknown desk "hanken2"' },
      {
        part: 'webhooks',
        path: [2, 'desk'],
        message: 'desk "hanken" already has a webhook at [0]: one per desk',
      },
    ]);
  });

  it('takes plain http only to loopback, and only in the demo', () => {
    const loopback = ['http://127.0.0.1:4020/hook', 'http://localhost/hook', 'http://[::1]:80/'];
    const list = parse(loopback.map((url) => ({ ...webhook, url, desk: 'opin' })).slice(0, 1));
    expect(webhookConfigProblems(list, desks, { demo: true })).toEqual([]);
    for (const url of loopback) {
      const one = parse([{ ...webhook, url }]);
      expect(webhookConfigProblems(one, desks, { demo: true }), url).toEqual([]);
      expect(webhookConfigProblems(one, desks, { demo: false }), url).toEqual([
        {
          part: 'webhooks',
          path: [0, 'url'],
          message:
            'Must be an https:// URL (plain http:// only to loopback, and only with --demo).',
        },
      ]);
    }
    const remote = parse([{ ...webhook, url: 'http://itsm.hanken.fi/hook' }]);
    expect(webhookConfigProblems(remote, desks, { demo: true })).toEqual([
      {
        part: 'webhooks',
        path: [0, 'url'],
        message: 'Must be an https:// URL (plain http:// only to loopback).',
      },
    ]);
  });
});
