/**
 * The connector's login to Efecte: `POST /users/login` with the form fields `login` and
 * `password`, whose answer carries the token ("JWT token returned in response header and body",
 * B; its lifetime is not documented). The token is kept in memory only, shared by concurrent
 * calls, never logged; a call answered 401 drops it, logs in once more and repeats the call once.
 * @internal
 */
import type { Logger } from 'pino';
import { EfecteError } from './efecte-error.js';
import { readAnswer, send, type EfecteRequest, type EfecteTransport } from './efecte-http.js';
import { loginAnswerSchema } from './efecte-wire.js';

/** The Efecte user the connector acts as. Never logged. */
export interface EfecteLogin {
  readonly login: string;
  readonly password: string;
}

/** Sends requests with a current token. @internal */
export class EfecteSession {
  private token: Promise<string> | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly user: EfecteLogin,
    private readonly transport: EfecteTransport,
    private readonly log?: Logger,
  ) {}

  /** Logs in, with the timeout only: a login is shared, so no one caller's signal may end it. */
  private async login(): Promise<string> {
    const request: EfecteRequest = {
      operation: 'login',
      method: 'POST',
      url: `${this.baseUrl}/users/login`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        login: this.user.login,
        password: this.user.password,
      }).toString(),
    };
    const response = await send(this.transport, request);
    if (response.status === 401) {
      await response.body?.cancel();
      throw new EfecteError('login_refused', 'login', 401);
    }
    const { token } = await readAnswer(this.transport, request, response, loginAnswerSchema);
    this.log?.info({ efecte: 'login' }, 'logged in to Efecte');
    return /^Bearer /i.test(token) ? token : `Bearer ${token}`;
  }

  private current(): Promise<string> {
    if (!this.token) {
      const pending = this.login();
      this.token = pending;
      pending.catch(() => {
        if (this.token === pending) this.token = undefined;
      });
    }
    return this.token;
  }

  /**
   * Sends `request` with the token; on 401, logs in again and sends it once more. The answer is
   * the caller's to read (a second 401 included).
   */
  async send(
    request: Omit<EfecteRequest, 'headers'> & { headers?: Record<string, string> },
  ): Promise<Response> {
    const attempt = async (token: string) =>
      send(this.transport, {
        ...request,
        headers: { accept: 'application/json', ...request.headers, authorization: token },
      });
    const used = this.current();
    const first = await attempt(await used);
    if (first.status !== 401) return first;
    await first.body?.cancel();
    if (this.token === used) this.token = undefined;
    this.log?.info({ efecte: 'login' }, 'Efecte refused the token; logging in again');
    return attempt(await this.current());
  }
}
