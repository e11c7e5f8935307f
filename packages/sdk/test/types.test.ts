import { describe, expectTypeOf, it } from 'vitest';
import type { DeskClient, DeskTicket } from '../src/desk.js';
import {
  isSupportHttpError,
  type CreatedTicket,
  type SupportClient,
  type SupportHttpError,
  type Ticket,
} from '../src/index.js';

describe('the public types', () => {
  it('createTicket resolves to a CreatedTicket holding the ticket and its token', () => {
    expectTypeOf<ReturnType<SupportClient['createTicket']>>().toEqualTypeOf<
      Promise<CreatedTicket>
    >();
    expectTypeOf<CreatedTicket['accessToken']>().toEqualTypeOf<string>();
  });

  it('watchTicket is an async iterable of tickets', () => {
    expectTypeOf<ReturnType<SupportClient['watchTicket']>>().toEqualTypeOf<AsyncIterable<Ticket>>();
  });

  it('desk calls return the desk view', () => {
    expectTypeOf<ReturnType<DeskClient['getTicket']>>().toEqualTypeOf<Promise<DeskTicket>>();
    expectTypeOf<DeskTicket>().toHaveProperty('internalNotes');
  });

  it('a type guard narrows unknown to the error class', () => {
    expectTypeOf(isSupportHttpError).guards.toEqualTypeOf<SupportHttpError>();
  });
});
