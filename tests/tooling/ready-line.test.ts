import { describe, expect, it } from 'vitest';
import { formatReadyLine, parseReadyLine } from '../../tools/src/processes/ready-line.js';
import { readDemoReady } from '../../tools/src/demo/demo-ready.js';
import { readMockServerReady } from '../../tools/src/mock-server/mock-server-ready.js';

describe('the ready line', () => {
  it('is one line of JSON that reads back as its payload', () => {
    const line = formatReadyLine({ apiBase: 'http://127.0.0.1:4010/api/v1' });
    expect(line).toBe('{"ready":{"apiBase":"http://127.0.0.1:4010/api/v1"}}\n');
    expect(parseReadyLine(line.trimEnd())).toEqual({
      payload: { apiBase: 'http://127.0.0.1:4010/api/v1' },
    });
  });

  it('is not any other line, JSON or not', () => {
    for (const line of ['', 'Press Ctrl+C to stop.', '{"notReady":1}', '{"ready":', '[1]']) {
      expect(parseReadyLine(line), line).toBeUndefined();
    }
  });

  it('has payloads that the readers check field by field', () => {
    const mock = {
      url: 'http://h:1',
      apiBase: 'http://h:1/api/v1',
      deskKeys: { opin: 'dev-opin' },
    };
    expect(readMockServerReady(mock)).toEqual(mock);
    expect(() => readMockServerReady({ ...mock, apiBase: 4 })).toThrow(/"apiBase"/);
    expect(() => readMockServerReady({ ...mock, deskKeys: { opin: 1 } })).toThrow(/"deskKeys"/);
    expect(() => readMockServerReady('ready')).toThrow(/not an object/);
    const demo = { webBase: 'http://h:2', pages: {}, widget: 'http://h:2/w.js', ...mock };
    expect(readDemoReady(demo)).toEqual({
      webBase: 'http://h:2',
      pages: {},
      widget: 'http://h:2/w.js',
      apiBase: mock.apiBase,
      deskKeys: mock.deskKeys,
    });
    expect(() => readDemoReady({ ...demo, pages: undefined })).toThrow(/not an object/);
    const webhookReceiver = { api: 'http://h:3', hook: 'http://h:3/hooks', desk: 'opin' };
    expect(readDemoReady({ ...demo, webhookReceiver }).webhookReceiver).toEqual(webhookReceiver);
    expect(() =>
      readDemoReady({ ...demo, webhookReceiver: { ...webhookReceiver, desk: 1 } }),
    ).toThrow(/"desk"/);
  });
});
