import { describe, expect, it } from 'vitest';
import { startMockServerProcess } from '../../tools/src/mock-server/start-mock-server-process.js';

describe('the mock server in a process of its own (pnpm build first)', () => {
  it('reports where it answers with every desk key, and stops', async () => {
    const server = await startMockServerProcess({ rateLimitPerMinute: 0 });
    try {
      expect(server.apiBase).toBe(`${server.url}/api/v1`);
      expect(server.deskKeys['opin']).toBe('dev-opin');
      const desks = (await (await fetch(`${server.apiBase}/desks`)).json()) as { id: string }[];
      expect(desks.map((desk) => desk.id).sort()).toEqual(Object.keys(server.deskKeys).sort());
    } finally {
      await server.stop();
    }
    await expect(fetch(`${server.apiBase}/desks`)).rejects.toThrow();
  });
});
