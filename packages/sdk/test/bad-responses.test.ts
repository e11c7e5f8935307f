import { describe, expect, it } from 'vitest';
import {
  createSupportClient,
  isSupportResponseValidationError,
  SupportResponseValidationError,
} from '../src/index.js';
import { makeTicket, topic } from './support/fixtures.js';
import { useFaultServer, rejectionOf } from './support/fault-server.js';

const server = useFaultServer();

const client = () => createSupportClient({ baseUrl: server.baseUrl, retry: { backoffLimit: 5 } });
const fail = rejectionOf;

describe('a 2xx response the SDK cannot use', () => {
  it('an HTML page becomes a SupportResponseValidationError', async () => {
    server.script('GET /topics', { body: '<!doctype html><title>Portal</title>' });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toBeInstanceOf(SupportResponseValidationError);
    expect(error).toMatchObject({ status: 200, issues: [] });
    expect((error as Error).message).toContain('text/html');
  });

  it('invalid JSON with a JSON content type becomes a SupportResponseValidationError', async () => {
    server.script('GET /topics', {
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '[{"id": "cannot-sign-in",',
    });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(isSupportResponseValidationError(error)).toBe(true);
    expect(error).toMatchObject({ message: 'The response is not valid JSON.' });
  });

  it('JSON that fails the schema reports the failing paths, with the zod error as cause', async () => {
    server.script('GET /topics', { body: [{ ...topic, kind: 'complaint' }] });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toMatchObject({ name: 'SupportResponseValidationError', status: 200 });
    const { issues, cause } = error as SupportResponseValidationError;
    expect(issues.map((issue) => issue.path)).toEqual([[0, 'kind']]);
    expect(cause).toBeInstanceOf(Error);
  });

  it('keeps 20 issues and their count, not zod’s error, when a body fails everywhere', async () => {
    server.script('GET /topics', { body: Array.from({ length: 5000 }, () => 42) });

    const error = await fail(client().listTopics({ locale: 'fi' }));

    expect(error).toBeInstanceOf(SupportResponseValidationError);
    const { issues, cause, message } = error as SupportResponseValidationError;
    expect(issues).toHaveLength(20);
    expect(message).toContain('5000 issues');
    expect(cause).toBeUndefined();
  });

  it('is not retried', async () => {
    server.script('GET /tickets/OPIN-000123', { body: { ...makeTicket(), version: 0 } });

    const access = { id: 'OPIN-000123', accessToken: 'a'.repeat(20) };
    await expect(client().getTicket(access)).rejects.toBeInstanceOf(SupportResponseValidationError);
    expect(server.requests()).toHaveLength(1);
  });

  it('a 204 endpoint refuses any other 2xx, such as a captive portal’s page', async () => {
    server.script('POST /articles/reset-password/feedback', {
      body: '<!doctype html><h1>Wi-Fi</h1>',
    });

    const error = await fail(
      client().sendArticleFeedback('reset-password', { helpful: true, locale: 'fi' }),
    );

    expect(error).toBeInstanceOf(SupportResponseValidationError);
    expect(error).toMatchObject({ status: 200, message: 'Expected 204 No Content, got 200.' });
  });

  it('a 204 endpoint accepts an empty body', async () => {
    server.script('POST /articles/reset-password/feedback', { status: 204 });

    await expect(
      client().sendArticleFeedback('reset-password', { helpful: true, locale: 'fi' }),
    ).resolves.toBeUndefined();
  });
});
