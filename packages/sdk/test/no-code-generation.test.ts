/**
 * A portal whose Content-Security-Policy has no 'unsafe-eval' (or that requires Trusted Types)
 * refuses every attempt to compile code from a string, and reports it even when the caller
 * catches the error. zod's JIT-compiled objects (full `zod`) probe `new Function('')` when the
 * first object schema is built; `zod/mini`, which the SDK uses, validates without compiling. These
 * tests keep it so: they build the schemas afresh while the Function constructor refuses, as a
 * browser under such a policy does. The browser check is tests/e2e/strict-csp.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTicket } from './support/fixtures.js';

/** Stubs the global Function constructor with one that records and refuses every call. */
function refuseCodeGeneration(): string[] {
  const attempts: string[] = [];
  const refuse = (args: readonly unknown[]): never => {
    attempts.push(args.map(String).join(', '));
    throw new EvalError('Code generation from strings disallowed for this context');
  };
  vi.stubGlobal(
    'Function',
    new Proxy(Function, {
      construct: (_target, args) => refuse(args),
      apply: (_target, _this, args) => refuse(args),
    }),
  );
  return attempts;
}

/** The SDK's schema modules, evaluated again (so their schemas are built again). */
async function freshSchemas() {
  vi.resetModules();
  return import('../src/schemas/index.js');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the schemas under a policy without eval', () => {
  it('are built and accept a valid ticket without compiling any code', async () => {
    const attempts = refuseCodeGeneration();
    const { ticketSchema } = await freshSchemas();

    const result = ticketSchema.safeParse(makeTicket());

    expect(result.success).toBe(true);
    expect(attempts).toEqual([]);
  });

  it('reject a response that breaks the contract without compiling any code', async () => {
    const attempts = refuseCodeGeneration();
    const { errorBodySchema, ticketSchema } = await freshSchemas();

    const ticket = ticketSchema.safeParse({ ...makeTicket(), status: 'lost' });
    const error = errorBodySchema.safeParse({ error: { code: 42 } });

    expect(ticket.error?.issues.map((issue) => issue.path)).toEqual([['status']]);
    expect(error.success).toBe(false);
    expect(attempts).toEqual([]);
  });
});
