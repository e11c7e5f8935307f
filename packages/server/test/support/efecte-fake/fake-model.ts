/**
 * What the Efecte fake holds: templates (their folders and attributes), users, and data cards.
 * The attribute types and value shapes are B's (`RESTDataCardElement`, `RESTValueElement`:
 * https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json),
 * limited to the ones the connector uses.
 */

/** B's attribute types the fake models (B also lists reference and external-reference). */
export type FakeAttributeType = 'string' | 'number' | 'date' | 'worklog' | 'static-value';

/** One allowed value of a static-value attribute (B: `StaticValue {value, code}`). */
export interface FakeStaticValue {
  readonly value: string;
  readonly code: string | null;
}

/** One attribute of a template. Worklogs are multi-valued; others are single unless said. */
export interface FakeAttribute {
  readonly name: string;
  readonly type: FakeAttributeType;
  readonly multiValue?: boolean;
  /** The static values a `static-value` attribute takes. */
  readonly staticValues?: readonly FakeStaticValue[];
}

/** A data card template (B: `RESTTemplateInfo`). */
export interface FakeTemplate {
  readonly code: string;
  readonly name: string;
  readonly folders: readonly string[];
  readonly attributes: Readonly<Record<string, FakeAttribute>>;
  /** The attribute whose value is the card's `name` (Efecte derives it; how is not documented). */
  readonly nameAttribute: string;
}

/** An Efecte local user (B: `POST /users/login`, "ESM local user"). */
export interface FakeUser {
  readonly login: string;
  readonly password: string;
  /** Shown as a worklog entry's `author`. */
  readonly name: string;
}

/** A stored value (B: `RESTValueElement`): a plain value, a static value or a worklog comment. */
export type FakeValue =
  | { readonly value: string | number }
  | { readonly value: string; readonly code: string | null }
  | { readonly author: string; readonly value: string; readonly date: string };

/** A data card as the fake stores it. */
export interface FakeCard {
  readonly dataCardId: string;
  readonly templateCode: string;
  folderCode: string;
  readonly data: Map<string, FakeValue[]>;
  /** What `$updated$` compares with, ms since the epoch. */
  updatedAt: number;
}
