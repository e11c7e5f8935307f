import { describe, expect, it } from 'vitest';
import { DemoUsageError, parseDemoArgs } from './demo-options.js';

describe('the demo command line', () => {
  it('serves on 4000 and the API on 4010 by default', () => {
    expect(parseDemoArgs([])).toEqual({
      kind: 'serve',
      options: {
        port: 4000,
        apiPort: 4010,
        mailPort: 4011,
        hooksPort: 4012,
        host: '127.0.0.1',
        dataDir: '.opin-data/demo',
        json: false,
      },
    });
  });

  it('takes flags before environment variables', () => {
    const env = {
      DEMO_PORT: '5000',
      DEMO_API_PORT: '5010',
      DEMO_MAIL_PORT: '5011',
      DEMO_HOOKS_PORT: '5012',
      DEMO_HOST: '0.0.0.0',
      DEMO_DATA_DIR: '/var/tmp/opin-demo',
    };
    expect(parseDemoArgs([], env)).toEqual({
      kind: 'serve',
      options: {
        port: 5000,
        apiPort: 5010,
        mailPort: 5011,
        hooksPort: 5012,
        host: '0.0.0.0',
        dataDir: '/var/tmp/opin-demo',
        json: false,
      },
    });
    expect(
      parseDemoArgs(
        [
          '--port',
          '0',
          '--api-port=0',
          '--mail-port',
          '0',
          '--hooks-port=0',
          '--data-dir',
          'memory://',
          '--json',
          '--',
        ],
        env,
      ),
    ).toEqual({
      kind: 'serve',
      options: {
        port: 0,
        apiPort: 0,
        mailPort: 0,
        hooksPort: 0,
        host: '0.0.0.0',
        dataDir: 'memory://',
        json: true,
      },
    });
    expect(parseDemoArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it('refuses unknown flags and impossible ports', () => {
    expect(() => parseDemoArgs(['--verbose'])).toThrow(DemoUsageError);
    expect(() => parseDemoArgs(['--port'])).toThrow(/needs a value/);
    expect(() => parseDemoArgs(['--port', '70000'])).toThrow(/0 to 65535/);
    expect(() => parseDemoArgs([], { DEMO_API_PORT: 'abc' })).toThrow(/--api-port/);
    expect(() => parseDemoArgs(['--data-dir', ' '])).toThrow(/--data-dir needs a directory/);
  });
});
