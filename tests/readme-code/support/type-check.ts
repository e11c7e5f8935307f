/**
 * Type-checks README code blocks with the TypeScript compiler API and the repository's own
 * `tsconfig.json` (strict, NodeNext, the `@opin/source` condition, JSX for React). Each block is a
 * whole module of its own, in a program of its own: a block passes only with its own imports (a
 * global declaration another block imports does not leak into it). The block is a virtual file in
 * a folder next to its README, so bare imports resolve as they would for code in that package
 * (`@opin/support-widget` in the widget's README resolves to the widget itself, `react` to its
 * devDependency). Nothing is written to disk.
 * @internal
 */
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './code-blocks.js';

/** Checks one block; resolves to one line per problem, `README.md:line:column TS1234: message`. */
export type BlockChecker = (block: CodeBlock) => string[];

/** A checker with the options of `<root>/tsconfig.json`; parsed library files are shared. */
export function createBlockChecker(root: string): BlockChecker {
  const options = compilerOptions(root);
  const parsed = new Map<string, ts.SourceFile>();
  return (block) => {
    const fileName = blockFileName(block);
    const host = ts.createCompilerHost(options, true);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.getCurrentDirectory = () => root;
    host.fileExists = (name) => name === fileName || fileExists(name);
    host.readFile = (name) => (name === fileName ? block.code : readFile(name));
    host.getSourceFile = (name, version, onError) => {
      if (name === fileName) return ts.createSourceFile(name, block.code, version, true);
      const key = `${name}|${JSON.stringify(version)}`;
      let file = parsed.get(key);
      if (!file) {
        const text = readFile(name);
        if (text === undefined) {
          onError?.(`cannot read ${name}`);
          return undefined;
        }
        file = ts.createSourceFile(name, text, version, true);
        parsed.set(key, file);
      }
      return file;
    };
    const program = ts.createProgram({ rootNames: [fileName], options, host });
    const source = program.getSourceFile(fileName);
    if (!source) return [`${where(root, block, 0, 0)} the block was not compiled`];
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    return diagnostics.map((diagnostic) => describe(root, block, diagnostic));
  };
}

function compilerOptions(root: string): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!config) throw new Error(`${root}/tsconfig.json could not be read`);
  return {
    ...config.options,
    noEmit: true,
    declaration: false,
    sourceMap: false,
    // Stricter than the repository: \`import '@opin/support-widgte'\` must fail, not pass silently.
    noUncheckedSideEffectImports: true,
  };
}

/** The block as a file in a (virtual) folder next to its README. */
function blockFileName(block: CodeBlock): string {
  return join(dirname(block.readme), '.readme-code', `line-${block.line}.${block.language}`);
}

function describe(root: string, block: CodeBlock, diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
  const position =
    diagnostic.file && diagnostic.start !== undefined
      ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
      : undefined;
  const inBlock = diagnostic.file?.fileName === blockFileName(block);
  const location =
    inBlock && position
      ? where(root, block, position.line, position.character)
      : where(root, block, 0, 0);
  const elsewhere =
    !inBlock && diagnostic.file ? ` (in ${relative(root, diagnostic.file.fileName)})` : '';
  return `${location} TS${diagnostic.code}: ${message}${elsewhere}`;
}

/** `README.md:line:column`, counted in the README. */
function where(root: string, block: CodeBlock, line: number, column: number): string {
  return `${relative(root, block.readme)}:${block.line + line}:${column + 1}`;
}
