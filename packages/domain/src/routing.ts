/**
 * The routing rule (docs/design/domain.md), decided before filing: who receives, who answers,
 * which hand-off is advised. Pure: the same input always gives the same preview.
 *
 * One extension to the first spec (docs/design/domain.md, step 5): when the desk that would answer does not serve the ticket's
 * language (e.g. origin `abo-akademi` receives a Finnish ticket on its own topic), a `transfer`
 * to `opin` is planned, since `opin` answers in every language.
 * @internal
 */
import {
  OPIN_DESK_ID,
  type Locale,
  type PlannedHandoff,
  type RoutingPreview,
} from '@opin/support-sdk/schemas';
import type { SeedDesk, SeedTopic } from './demo-config/types.js';
import type { Directory } from './directory.js';
import { validationFailed } from './errors.js';

/** What the rule needs to know about a ticket. */
export interface RouteInput {
  topic: SeedTopic;
  /** The learner's institution, if given. */
  institutionId: string | null;
  /** The desk whose portal receives the ticket. */
  origin: string;
  language: Locale;
}

/**
 * What the routing rule decides: the preview without its due time, which depends on when it is
 * asked (`plan.ts`, `previewAt`).
 */
export type RouteDecision = Omit<RoutingPreview, 'expectedBy'>;

/** Finds a desk by id. */
export type DeskLookup = (id: string) => SeedDesk | undefined;

/**
 * The routing rule for a request as it arrives: its ids checked (`resolveRouteInput`), then the
 * rule applied (`planRoute`). What `POST /routing/preview` answers and what filing stores.
 */
export function previewRoute(directory: Directory, request: RouteRequest): RouteDecision {
  return planRoute(resolveRouteInput(directory, request), (id) => directory.findDesk(id));
}

/** Applies the routing rule. Throws `validation_failed` when an id is unknown. */
export function planRoute(input: RouteInput, lookup: DeskLookup): RouteDecision {
  const desk = (id: string, field: string): SeedDesk => {
    const found = lookup(id);
    if (!found) throw validationFailed(`Unknown desk "${id}".`, [field]);
    return found;
  };
  const origin = desk(input.origin, 'origin');
  const topicOwner = desk(ownerOfTopic(input.topic, input.institutionId), 'institutionId');

  let planned: PlannedHandoff | null = null;
  if (topicOwner.id !== origin.id) {
    const canTransfer =
      input.topic.kind !== 'incident' && topicOwner.languages.includes(input.language);
    planned = { to: topicOwner.id, mode: canTransfer ? 'transfer' : 'consult' };
  }

  let answering = planned?.mode === 'transfer' ? topicOwner : origin;
  if (!answering.languages.includes(input.language) && answering.id !== OPIN_DESK_ID) {
    const opin = lookup(OPIN_DESK_ID);
    if (opin?.languages.includes(input.language)) {
      planned = { to: opin.id, mode: 'transfer' };
      answering = opin;
    }
  }

  const involved = [origin, answering, ...(planned ? [desk(planned.to, 'topicId')] : [])];
  const desks = involved
    .filter((d, index) => involved.findIndex((other) => other.id === d.id) === index)
    .map((d) => ({ id: d.id, integration: d.integration }));

  return {
    receivingDesk: origin.id,
    answeringDesk: answering.id,
    plannedHandoff: planned,
    language: input.language,
    expectedResponseHours: answering.responseTargetHours,
    desks,
  };
}

/**
 * The desk that owns a topic: `opin` for `opin` topics; for institution topics the ticket's
 * institution, or `opin` when there is none (the learner does not know it, or it is not listed).
 */
export function ownerOfTopic(topic: SeedTopic, institutionId: string | null): string {
  if (topic.owner === 'opin' || institutionId === null) return OPIN_DESK_ID;
  return institutionId;
}

/** The ids of a preview or ticket request, as they arrive in a body. */
export interface RouteRequest {
  topicId: string;
  institutionId?: string | undefined;
  origin: string;
  language: Locale;
}

/**
 * Checks every id against the directory and returns the rule's input. Unknown topic, institution or
 * origin → 400 `validation_failed`. A topic that needs an institution may come without one: the
 * learner does not know it, and `opin` owns the ticket (`ownerOfTopic`).
 */
export function resolveRouteInput(directory: Directory, request: RouteRequest): RouteInput {
  const topic = directory.findTopic(request.topicId);
  if (!topic) throw validationFailed(`Unknown topic "${request.topicId}".`, ['topicId']);
  const institutionId = request.institutionId ?? null;
  if (institutionId !== null && directory.findDesk(institutionId)?.institution !== true) {
    throw validationFailed(`Unknown institution "${institutionId}".`, ['institutionId']);
  }
  if (!directory.findDesk(request.origin)) {
    throw validationFailed(`Unknown desk "${request.origin}".`, ['origin']);
  }
  return { topic, institutionId, origin: request.origin, language: request.language };
}
