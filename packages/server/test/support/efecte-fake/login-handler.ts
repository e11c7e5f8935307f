/**
 * `POST /users/login`: form fields `login` and `password` of an "ESM local user"; 200 with B's
 * `ApiResponse` carrying `token: "Bearer …"` ("JWT token returned in response header and body"),
 * 401 "Wrong credentials provided." otherwise
 * (B: https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json,
 * paths./users/login). B does not name the response header, so the fake sends the token in the
 * body only; the token is opaque (a JWT's claims and lifetime are not documented).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeRefusal, readBody, sendApiException, sendJson } from './fake-http.js';
import type { FakeState } from './fake-state.js';

/** Answers a login. */
export async function handleLogin(
  state: FakeState,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
    throw new FakeRefusal(415, 'expected application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(await readBody(request));
  const login = form.get('login');
  const password = form.get('password');
  const user = state.users.find((known) => known.login === login && known.password === password);
  if (!user) {
    sendApiException(response, 401, 'Wrong credentials provided.', url.href);
    return;
  }
  sendJson(response, 200, {
    code: 200,
    message: 'OK',
    timestamp: state.now().toISOString(),
    token: state.issueToken(user.login),
  });
}
