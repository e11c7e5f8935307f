import { join } from 'node:path';
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { chunkLayoutProblems } from '../../scripts/bundle/chunk-layout.js';

const packageDir = '/widget';
const id = (path: string) => join(packageDir, path);
const steps = (...names: string[]) =>
  names.map((name) => id(`src/panel/steps/${name}/${name}-step.ts`));

/** The parts of a chunk that the check reads. */
interface ChunkShape {
  fileName: string;
  facade: string | null;
  modules: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

function bundleOf(chunks: ChunkShape[]): Rolldown.OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const chunk of chunks) {
    bundle[chunk.fileName] = {
      type: 'chunk',
      fileName: chunk.fileName,
      isEntry: chunk.isEntry ?? false,
      isDynamicEntry: !chunk.isEntry && chunk.facade !== null,
      facadeModuleId: chunk.facade && id(chunk.facade),
      moduleIds: chunk.modules,
      imports: chunk.imports ?? [],
      dynamicImports: chunk.dynamicImports ?? [],
    };
  }
  return bundle as Rolldown.OutputBundle;
}

/** The layout the widget builds into today, with `change` applied to its chunks. */
function layout(change: (chunks: ChunkShape[]) => void = () => undefined): Rolldown.OutputBundle {
  const chunks: ChunkShape[] = [
    {
      fileName: 'opin-support.js',
      facade: 'src/index.ts',
      isEntry: true,
      modules: [id('src/index.ts'), id('src/opin-support.ts')],
      dynamicImports: ['chunks/panel-1.js'],
    },
    {
      fileName: 'chunks/panel-1.js',
      facade: 'src/panel/index.ts',
      modules: [id('src/panel/index.ts'), ...steps('start')],
      dynamicImports: [
        'chunks/fi-1.js',
        'chunks/sv-1.js',
        'chunks/self-help-steps-1.js',
        'chunks/ticket-steps-1.js',
        'chunks/reply-badge-1.js',
      ],
    },
    {
      fileName: 'chunks/fi-1.js',
      facade: 'src/panel/locales/fi.ts',
      modules: [id('src/panel/locales/fi.ts')],
      imports: ['chunks/panel-1.js'],
    },
    {
      fileName: 'chunks/sv-1.js',
      facade: 'src/panel/locales/sv.ts',
      modules: [id('src/panel/locales/sv.ts')],
      imports: ['chunks/panel-1.js'],
    },
    {
      fileName: 'chunks/self-help-steps-1.js',
      facade: 'src/panel/steps/self-help-steps.ts',
      modules: [id('src/panel/steps/self-help-steps.ts'), ...steps('topic', 'article')],
      imports: ['chunks/panel-1.js'],
    },
    {
      fileName: 'chunks/ticket-steps-1.js',
      facade: 'src/panel/steps/ticket-steps.ts',
      modules: [
        id('src/panel/steps/ticket-steps.ts'),
        ...steps('form', 'sent', 'ticket', 'my-tickets'),
      ],
      // It builds on the self-help steps (`stepChunkBase`).
      imports: ['chunks/self-help-steps-1.js', 'chunks/panel-1.js'],
    },
    {
      fileName: 'chunks/reply-badge-1.js',
      facade: 'src/panel/reply-badge/index.ts',
      modules: [id('src/panel/reply-badge/index.ts'), id('src/panel/reply-badge/watch-replies.ts')],
      imports: ['chunks/panel-1.js'],
    },
  ];
  change(chunks);
  return bundleOf(chunks);
}

const named = (chunks: ChunkShape[], fileName: string): ChunkShape => {
  const chunk = chunks.find((c) => c.fileName === fileName);
  if (!chunk) throw new Error(`no ${fileName}`);
  return chunk;
};

describe('the chunk layout check', () => {
  it('accepts the launcher, the panel, each locale, the self-help and the ticket steps, each lazy', () => {
    expect(chunkLayoutProblems(layout(), packageDir)).toEqual([]);
  });

  it('fails when the reply badge is in the panel, or not loaded by the panel', () => {
    const inPanel = chunkLayoutProblems(
      layout((chunks) => {
        const badge = chunks.findIndex((c) => c.fileName === 'chunks/reply-badge-1.js');
        chunks.splice(badge, 1);
        named(chunks, 'chunks/panel-1.js').modules.push(id('src/panel/reply-badge/index.ts'));
      }),
      packageDir,
    );
    expect(inPanel).toContain('the reply badge is not the entry of a chunk of its own');
    const fromLauncher = chunkLayoutProblems(
      layout((chunks) => {
        named(chunks, 'chunks/panel-1.js').dynamicImports?.pop();
        named(chunks, 'opin-support.js').dynamicImports?.push('chunks/reply-badge-1.js');
      }),
      packageDir,
    );
    expect(fromLauncher).toContain(
      'opin-support.js must import() the panel alone, not chunks/panel-1.js, chunks/reply-badge-1.js',
    );
    expect(fromLauncher).toContain('the panel does not import() src/panel/reply-badge/index.ts');
  });

  it('fails when the launcher imports anything statically', () => {
    const problems = chunkLayoutProblems(
      layout((chunks) => (named(chunks, 'opin-support.js').imports = ['chunks/panel-1.js'])),
      packageDir,
    );
    expect(problems).toContain(
      'opin-support.js imports chunks/panel-1.js statically: a second request at load',
    );
  });

  it('fails when the panel needs a shared chunk to open', () => {
    const problems = chunkLayoutProblems(
      layout((chunks) => {
        chunks.push({ fileName: 'chunks/lit-1.js', facade: null, modules: [id('lit.js')] });
        named(chunks, 'chunks/panel-1.js').imports = ['chunks/lit-1.js'];
      }),
      packageDir,
    );
    expect(problems).toEqual([
      'the panel imports chunks/lit-1.js statically: a second request when it opens',
      'an unexpected chunk: chunks/lit-1.js',
    ]);
  });

  it('fails when a locale is bundled into the panel', () => {
    const problems = chunkLayoutProblems(
      layout((chunks) => {
        chunks.splice(chunks.indexOf(named(chunks, 'chunks/fi-1.js')), 1);
        named(chunks, 'chunks/panel-1.js').modules.push(id('src/panel/locales/fi.ts'));
      }),
      packageDir,
    );
    expect(problems).toEqual(['src/panel/locales/fi.ts is not the entry of a chunk of its own']);
  });

  it('fails when the ticket steps are imported statically or a step is in the wrong chunk', () => {
    const problems = chunkLayoutProblems(
      layout((chunks) => {
        named(chunks, 'chunks/panel-1.js').modules.push(...steps('form'));
        named(chunks, 'opin-support.js').imports = ['chunks/ticket-steps-1.js'];
      }),
      packageDir,
    );
    expect(problems).toEqual([
      'opin-support.js imports chunks/ticket-steps-1.js statically: a second request at load',
      'the ticket-steps chunk (chunks/ticket-steps-1.js) is imported statically by opin-support.js',
      'the form step (src/panel/steps/form/form-step.ts) belongs in the ticket-steps chunk, not in chunks/panel-1.js',
    ]);
  });

  it('fails when the self-help steps are in the panel or imported by a chunk not built on them', () => {
    const problems = chunkLayoutProblems(
      layout((chunks) => {
        named(chunks, 'chunks/panel-1.js').modules.push(...steps('topic'));
        named(chunks, 'chunks/self-help-steps-1.js').modules = [
          id('src/panel/steps/self-help-steps.ts'),
          ...steps('article'),
        ];
        named(chunks, 'chunks/fi-1.js').imports = [
          'chunks/panel-1.js',
          'chunks/self-help-steps-1.js',
        ];
      }),
      packageDir,
    );
    expect(problems).toEqual([
      'the self-help-steps chunk (chunks/self-help-steps-1.js) is imported statically by chunks/fi-1.js',
      'the topic step (src/panel/steps/topic/topic-step.ts) belongs in the self-help-steps chunk, not in chunks/panel-1.js',
    ]);
  });

  it('fails when the self-help steps import the ticket steps, which build on them, not the reverse', () => {
    const problems = chunkLayoutProblems(
      layout((chunks) => {
        named(chunks, 'chunks/self-help-steps-1.js').imports = [
          'chunks/ticket-steps-1.js',
          'chunks/panel-1.js',
        ];
      }),
      packageDir,
    );
    expect(problems).toEqual([
      'the ticket-steps chunk (chunks/ticket-steps-1.js) is imported statically by chunks/self-help-steps-1.js',
    ]);
  });
});
