/**
 * The workspace packages meant for npm, and what each tarball must (not) contain beyond the
 * rules common to all.
 * @internal
 */

/** One package to pack and check. */
export interface PublishableSpec {
  /** Folder relative to the repository root. */
  dir: string;
  /** Files the tarball must hold besides `package.json`, README and every `exports`/`bin` target. */
  required: readonly string[];
  /** Files the tarball must hold when they exist in the package folder (generated ones). */
  requiredIfBuilt: readonly string[];
  /** Whether msw or mock-server code in the tarball is an error (code that ships to browsers). */
  forbidMockCode: boolean;
}

/**
 * sdk, domain (the rules the mock server and the server share) and http (the HTTP contract both
 * mount; both internal, published because the mock server and the server depend on them),
 * mock-server, widget and server.
 */
export const publishable: readonly PublishableSpec[] = [
  {
    dir: 'packages/sdk',
    required: ['openapi.json'],
    requiredIfBuilt: [],
    forbidMockCode: false,
  },
  {
    // Browser-safe: the mock server runs its rules in the browser, and they must not pull in msw.
    dir: 'packages/domain',
    required: [],
    requiredIfBuilt: [],
    forbidMockCode: true,
  },
  {
    // The contract as msw handlers: msw is its route table, for the mock and the server alike.
    dir: 'packages/http',
    required: ['LICENSE'],
    requiredIfBuilt: [],
    forbidMockCode: false,
  },
  {
    dir: 'packages/mock-server',
    required: [],
    requiredIfBuilt: [],
    forbidMockCode: false,
  },
  {
    dir: 'packages/widget',
    required: [],
    requiredIfBuilt: ['custom-elements.json'],
    forbidMockCode: true,
  },
  {
    dir: 'packages/server',
    required: ['LICENSE'],
    requiredIfBuilt: [],
    forbidMockCode: true,
  },
];
