import { describe, expect, it } from 'vitest';
import { createDeskClient } from '@opin/support-sdk/desk';
import { describeError } from '../src/describe-error.js';
import { useConsoleHarness } from './support/console-harness.js';

const h = useConsoleHarness();

describe('an error report for the alert region', () => {
  it('carries the server code, status and message of a refused reply', async () => {
    const id = await h.file({ language: 'fi' });
    const error = await h
      .play('opin')
      .desk.sendMessage(id, { body: 'Hello', language: 'en', visibility: 'learner' })
      .catch((e: unknown) => e);
    const report = describeError('Send message', error);
    expect(report).toMatchObject({
      action: 'Send message',
      code: 'language_mismatch',
      status: 422,
      details: [],
    });
    expect(report.message).toContain('fi');
  });

  it('lists the field problems of a validation failure', async () => {
    const id = await h.file({});
    const error = await h
      .play('opin')
      .desk.requestHandoff(id, { to: 'Not A Desk', mode: 'consult' })
      .catch((e: unknown) => e);
    const report = describeError('Hand off', error);
    expect(report.code).toBe('validation_failed');
    expect(report.details.some((detail) => detail.startsWith('to: '))).toBe(true);
  });

  it('says the API could not be reached when nothing listens', async () => {
    const closed = createDeskClient({
      baseUrl: 'http://127.0.0.1:9/api/v1',
      deskKey: 'dev-opin',
      retry: { limit: 0 },
    });
    const report = describeError('Refresh', await closed.queue().catch((e: unknown) => e));
    expect(report).toMatchObject({ code: 'network_error', status: undefined });
  });

  it('describes anything else as an unexpected error', () => {
    expect(describeError('Open', new Error('boom'))).toMatchObject({
      code: 'unexpected_error',
      message: 'boom',
    });
  });
});
