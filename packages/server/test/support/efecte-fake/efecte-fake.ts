/**
 * A small, strict fake of Efecte's REST API v1 (docs/design/realtime.md, §4 "The fake"), on a
 * loopback `node:http` server under `/rest-api/itsm/v1` (A's base path,
 * https://docs.efecte.com/en_US/esm-rest-api-interface-description). It serves only what A and B
 * document and the connector uses, refuses what they do not promise, and checks the bearer token
 * on every call but login (B's security scheme `JWTAuth`,
 * https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json).
 * Tests act through the handle it returns (`./fake-handle.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '../listen.js';
import { handleAppend } from './append-handler.js';
import { handleCreate } from './create-handler.js';
import type { FakeContext } from './fake-context.js';
import { FakeHandle } from './fake-handle.js';
import { FakeRefusal, sendApiException } from './fake-http.js';
import type { FakeTemplate, FakeUser } from './fake-model.js';
import { FakeState } from './fake-state.js';
import { FaultQueue } from './faults.js';
import { handleList } from './list-handler.js';
import { handleLogin } from './login-handler.js';
import { agentUser, incidentTemplate, integrationUser } from './opin-template.js';
import { handlePatch } from './patch-handler.js';
import { handleRead } from './read-handler.js';

/** The API's base path (A). */
export const EFECTE_BASE_PATH = '/rest-api/itsm/v1';

/** What a fake tenant holds; the default is `./opin-template.ts`'s. */
export interface EfecteFakeOptions {
  readonly templates?: readonly FakeTemplate[];
  readonly users?: readonly FakeUser[];
  readonly now?: () => Date;
}

/** A running fake. */
export interface EfecteFake {
  /** `http://127.0.0.1:<port>/rest-api/itsm/v1`. */
  readonly baseUrl: string;
  readonly handle: FakeHandle;
  close(): Promise<void>;
}

type Route = (context: FakeContext) => Promise<void> | void;

function dataRoute(method: string, parts: readonly string[]): Route | undefined {
  // parts: dc, {tpl}, data[, {id}[, {attributeCode}]]
  if (parts[0] !== 'dc' || parts[2] !== 'data' || parts.length < 3 || parts.length > 5) {
    return undefined;
  }
  const [, tpl = '', , id, attribute] = parts;
  if (id === 'stream') return undefined;
  if (parts.length === 3) {
    if (method === 'GET') return (context) => handleList(context, tpl);
    if (method === 'POST') return (context) => handleCreate(context, tpl);
  }
  if (parts.length === 4 && id !== undefined) {
    if (method === 'GET') return (context) => handleRead(context, tpl, id);
    if (method === 'PATCH') return (context) => handlePatch(context, tpl, id);
  }
  if (parts.length === 5 && id !== undefined && attribute !== undefined && method === 'POST') {
    return (context) => handleAppend(context, tpl, id, attribute);
  }
  throw new FakeRefusal(405, `${method} is not served on this path by the fake`);
}

/** Starts a fake tenant on a free loopback port. */
export async function startEfecteFake(options: EfecteFakeOptions = {}): Promise<EfecteFake> {
  const templates = options.templates ?? [incidentTemplate];
  const state = new FakeState(
    new Map(templates.map((template) => [template.code, template])),
    options.users ?? [integrationUser, agentUser],
    options.now ?? (() => new Date()),
  );
  const faults = new FaultQueue();
  let base = '';

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', base);
    const method = request.method ?? 'GET';
    const record = (status: number) =>
      state.requests.push({ method, path: url.pathname.slice(EFECTE_BASE_PATH.length), status });
    const fault = faults.take();
    if (fault === 'hang') {
      record(0);
      faults.hold(response);
      return;
    }
    if (fault === 'error') {
      record(500);
      sendApiException(response, 500, 'injected failure', url.href);
      return;
    }
    try {
      if (!url.pathname.startsWith(`${EFECTE_BASE_PATH}/`)) throw new FakeRefusal(404, 'not found');
      const parts = url.pathname
        .slice(EFECTE_BASE_PATH.length + 1)
        .split('/')
        .map(decodeURIComponent);
      if (parts.join('/') === 'users/login') {
        if (method !== 'POST') throw new FakeRefusal(405, 'login is POST');
        await handleLogin(state, request, response, url);
      } else {
        const route = dataRoute(method, parts);
        if (!route) throw new FakeRefusal(404, 'not found');
        const user = state.userOf(request.headers.authorization);
        if (!user) throw new FakeRefusal(401, 'User is unauthorized');
        await route({ state, request, response, url, user });
      }
      record(response.statusCode);
    } catch (error) {
      if (!(error instanceof FakeRefusal)) throw error;
      record(error.status);
      sendApiException(response, error.status, error.message, url.href);
    }
  }

  const { url, server } = await listenOnLoopback((request, response) => {
    serve(request, response).catch((error: unknown) => {
      record500(response, error);
    });
  });
  base = url;
  const baseUrl = `${url}${EFECTE_BASE_PATH}`;
  return {
    baseUrl,
    handle: new FakeHandle(state, faults),
    async close() {
      faults.releaseAll();
      await closeServer(server);
    },
  };
}

function record500(response: ServerResponse, error: unknown): void {
  // A bug in the fake itself: answer 500 and let the test see it in stderr.
  console.error('efecte fake:', error);
  if (!response.headersSent) response.writeHead(500);
  response.end();
}
