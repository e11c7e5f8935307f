/**
 * The widget's event names as `src/events.ts` defines them: the members of `OpinSupportEventMap`,
 * read from the source, so that tests compare other lists with the one definition.
 * @internal
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const eventsFile = new URL('../../../src/events.ts', import.meta.url);

/** The keys of `OpinSupportEventMap`, in the order written. */
export function eventMapNames(): string[] {
  const text = readFileSync(eventsFile, 'utf8');
  const source = ts.createSourceFile('events.ts', text, ts.ScriptTarget.Latest, true);
  const map = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'OpinSupportEventMap',
  );
  if (!map) throw new Error('src/events.ts declares no OpinSupportEventMap');
  return map.members.map((member) => {
    if (!member.name || !ts.isStringLiteral(member.name)) {
      throw new Error(`OpinSupportEventMap: unexpected member ${member.getText(source)}`);
    }
    return member.name.text;
  });
}
