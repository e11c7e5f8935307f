/**
 * Static checks of the example pages that embed `<opin-support>` (portal-opin, portal-institution,
 * plain-html): strict-CSP friendly markup, the element and its attributes, the script order, and
 * links that lead somewhere. Their behaviour in a browser is covered by the end-to-end tests and
 * by `pnpm screenshots`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const examplesDir = fileURLToPath(new URL('..', import.meta.url));

interface PageSpec {
  path: string;
  lang: string;
  attributes: Record<string, string>;
}

const pages: readonly PageSpec[] = [
  { path: 'portal-opin/index.html', lang: 'fi', attributes: { origin: 'opin' } },
  { path: 'portal-opin/help.html', lang: 'fi', attributes: { origin: 'opin', mode: 'inline' } },
  {
    path: 'portal-institution/index.html',
    lang: 'sv',
    attributes: { origin: 'abo-akademi', institution: 'abo-akademi' },
  },
  {
    path: 'portal-institution/hanken.html',
    lang: 'sv',
    attributes: { origin: 'hanken', institution: 'hanken' },
  },
  { path: 'plain-html/index.html', lang: 'en', attributes: { origin: 'opin' } },
];

const read = (path: string) => readFileSync(join(examplesDir, path), 'utf8');

/** The attributes of the first `<tag ...>` in `html` (our own pages: plain double quotes). */
function attributesOf(html: string, tag: string): Record<string, string> | undefined {
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(html);
  if (!open) return undefined;
  const pairs = (open[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g);
  return Object.fromEntries([...pairs].map(([, name = '', value = '']) => [name, value]));
}

describe.each(pages)('the example page $path', ({ path, lang, attributes }) => {
  const html = read(path);

  it('declares its language', () => {
    expect(attributesOf(html, 'html')?.['lang']).toBe(lang);
  });

  it('sets a strict Content Security Policy that still lets the widget reach the mock API', () => {
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self' http://127.0.0.1:*");
  });

  it('has no inline scripts, styles or event handler attributes', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs = '', body = ''] of scripts) {
      expect(attrs).toMatch(/\ssrc="/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('loads the demo settings first and then the widget, both as modules served as they are', () => {
    // `vite-ignore`: the examples' build leaves both tags in place, in this order (it would
    // bundle the first and move it after the second), and copies both files into the site.
    const scripts = [
      ...html.matchAll(/<script type="module" src="([^"]+)"( vite-ignore)?><\/script>/g),
    ];
    expect(scripts.map(([, src, ignored]) => `${src ?? ''}${ignored ?? ''}`)).toEqual([
      '../common/demo-config.js vite-ignore',
      '/widget/opin-support.js vite-ignore',
    ]);
  });

  it('embeds one <opin-support id="support"> with the mock API and its origin', () => {
    expect(html.match(/<opin-support[\s>]/g)).toHaveLength(1);
    expect(attributesOf(html, 'opin-support')).toEqual({
      id: 'support',
      'api-base': 'http://127.0.0.1:4010/api/v1',
      ...attributes,
    });
  });

  it('links and loads only files that exist', () => {
    const targets = [...html.matchAll(/\s(?:href|src)="(\.[^"?#]*)/g)].map(([, target]) => target);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const file = join(examplesDir, dirname(path), target ?? '');
      expect(existsSync(file.endsWith('/') ? join(file, 'index.html') : file), target).toBe(true);
    }
  });
});

describe('the example index', () => {
  it('links every example page', () => {
    const index = read('index.html');
    for (const { path } of pages) {
      expect(index).toContain(`href="./${path.replace(/index\.html$/, '')}"`);
    }
  });
});
