/**
 * Sending to the server's inbound SMTP listener as the mail relay in front of it would: one
 * message per connection, over plain SMTP on loopback.
 */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { expect } from 'vitest';

/** Sends `mail` to the listener on `port`; rejects with nodemailer's error when refused. */
export async function deliverInbound(port: number, mail: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
  });
  try {
    await transport.sendMail(mail);
  } finally {
    transport.close();
  }
}

/** The SMTP reply code the listener on `port` refuses `mail` with (the test fails if taken). */
export async function inboundRefusalOf(
  port: number,
  mail: SendMailOptions,
): Promise<number | undefined> {
  const error: unknown = await deliverInbound(port, mail).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error, 'the listener refused the message').toBeInstanceOf(Error);
  return (error as { responseCode?: number }).responseCode;
}
