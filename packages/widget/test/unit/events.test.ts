/**
 * The event list is defined once (`OpinSupportEventMap` in `src/events.ts`); the two lists that
 * cannot be derived from it at run time must name exactly its events: the `@fires` tags of
 * `<opin-support>` (the manifest's source) and the React props of `<OpinSupport>`.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { opinSupportEvents } from '../../src/react-events.js';
import { eventMapNames } from './support/event-map.js';

/** The event names of the `@fires` tags on `OpinSupportElement`, in the order written. */
function firesTags(): string[] {
  const file = new URL('../../src/opin-support.ts', import.meta.url);
  const source = ts.createSourceFile(
    'opin-support.ts',
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const element = source.statements.find(
    (statement): statement is ts.ClassDeclaration =>
      ts.isClassDeclaration(statement) && statement.name?.text === 'OpinSupportElement',
  );
  if (!element) throw new Error('src/opin-support.ts declares no OpinSupportElement');
  return ts
    .getJSDocTags(element)
    .filter((tag) => tag.tagName.text === 'fires')
    .map((tag) => /^(?:\{.*?\}\s*)?([\w-]+)/.exec(ts.getTextOfJSDocComment(tag.comment) ?? '')?.[1])
    .map((name) => name ?? '(unreadable @fires tag)');
}

/** `opin-ticket-created` → `onOpinTicketCreated`. */
const propOf = (event: string): string =>
  `on${event.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

describe('the event list', () => {
  const events = eventMapNames();

  it('is defined in OpinSupportEventMap', () => {
    expect(events.length).toBeGreaterThan(0);
  });

  it('is what the @fires tags of <opin-support> name, in the same order', () => {
    expect(firesTags()).toEqual(events);
  });

  it('gives <OpinSupport> one prop per event, named after it', () => {
    expect(Object.entries(opinSupportEvents)).toEqual(
      events.map((event) => [propOf(event), event]),
    );
  });
});
