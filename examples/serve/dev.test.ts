import { describe, expect, it } from 'vitest';
import { startDemo } from '@opin/tools/demo';

describe('pnpm dev', () => {
  it('serves the sources with hot reload, the widget from its TypeScript source', async () => {
    const dev = await startDemo('dev');
    try {
      const portal = await (await fetch(dev.pages['portal-opin/'] ?? '')).text();
      expect(portal).toContain('<script type="module" src="/@vite/client"></script>');
      // Left as it is (the build-only `vite-ignore` removed): the widget's URL on a portal.
      expect(portal).toMatch(
        /<script type="module" src="\/widget\/opin-support\.js"\s*><\/script>/,
      );

      const widget = await fetch(dev.widget);
      expect(widget.headers.get('content-type')).toMatch(/javascript/);
      expect(await widget.text()).toMatch(/import "\/@fs\/\S+\/packages\/widget\/src\/define\.ts"/);

      const desk = await fetch(`${dev.webBase}/desk-console/src/main.ts`);
      expect(desk.status).toBe(200);
      expect(await desk.text()).toContain('defineConsoleElements()');
      expect(dev.deskKeys['opin']).toBe('dev-opin');
    } finally {
      await dev.stop();
    }
  });
});
