import { describe, expect, it } from 'vitest';
import { planRoute, resolveRouteInput, type RouteRequest } from '../src/routing.js';
import { demoDirectory } from '../src/demo-config/index.js';
import { thrown } from './support/rules.js';

function preview(request: RouteRequest) {
  return planRoute(resolveRouteInput(demoDirectory, request), (id) => demoDirectory.findDesk(id));
}

describe('the routing rule', () => {
  it('lets the origin answer when it owns the topic (use case 1)', () => {
    const route = preview({ topicId: 'sign-in', origin: 'opin', language: 'sv' });
    expect(route).toMatchObject({
      receivingDesk: 'opin',
      answeringDesk: 'opin',
      plannedHandoff: null,
      language: 'sv',
      desks: [{ id: 'opin', integration: 'realtime' }],
    });
    expect(route.expectedResponseHours).toBe(demoDirectory.findDesk('opin')?.responseTargetHours);
  });

  it('plans a consult with the owning institution for an incident (use case 2)', () => {
    const route = preview({
      topicId: 'enrolment-failed',
      institutionId: 'tampere',
      origin: 'opin',
      language: 'fi',
    });
    expect(route.plannedHandoff).toEqual({ to: 'tampere', mode: 'consult' });
    expect(route.answeringDesk).toBe('opin');
    expect(route.desks).toEqual([
      { id: 'opin', integration: 'realtime' },
      { id: 'tampere', integration: 'email' },
    ]);
  });

  it('plans a transfer for a question when the institution answers in the language (use case 3)', () => {
    const route = preview({
      topicId: 'credits-and-grades',
      institutionId: 'helsinki',
      origin: 'opin',
      language: 'sv',
    });
    expect(route.plannedHandoff).toEqual({ to: 'helsinki', mode: 'transfer' });
    expect(route.answeringDesk).toBe('helsinki');
    expect(route.expectedResponseHours).toBe(
      demoDirectory.findDesk('helsinki')?.responseTargetHours,
    );
  });

  it('turns the transfer into a consult when the institution does not answer in the language', () => {
    const route = preview({
      topicId: 'credits-and-grades',
      institutionId: 'abo-akademi',
      origin: 'opin',
      language: 'fi',
    });
    expect(route.plannedHandoff).toEqual({ to: 'abo-akademi', mode: 'consult' });
    expect(route.answeringDesk).toBe('opin');
  });

  it('lets an institution consult opin on an opin incident (use case 4, waiting)', () => {
    const route = preview({
      topicId: 'sign-in',
      institutionId: 'helsinki',
      origin: 'helsinki',
      language: 'fi',
    });
    expect(route.plannedHandoff).toEqual({ to: 'opin', mode: 'consult' });
    expect(route.answeringDesk).toBe('helsinki');
  });

  it('lets an institution transfer an opin question to opin (use case 4, not waiting)', () => {
    const route = preview({ topicId: 'account-and-profile', origin: 'hanken', language: 'sv' });
    expect(route.plannedHandoff).toEqual({ to: 'opin', mode: 'transfer' });
    expect(route.answeringDesk).toBe('opin');
  });

  it('routes between two institutions by the same rules', () => {
    const route = preview({
      topicId: 'study-right-and-fees',
      institutionId: 'tampere',
      origin: 'helsinki',
      language: 'en',
    });
    expect(route.plannedHandoff).toEqual({ to: 'tampere', mode: 'transfer' });
  });

  it('transfers to opin when the answering origin does not serve the language (extension)', () => {
    const route = preview({
      topicId: 'credits-and-grades',
      institutionId: 'abo-akademi',
      origin: 'abo-akademi',
      language: 'fi',
    });
    expect(route.receivingDesk).toBe('abo-akademi');
    expect(route.plannedHandoff).toEqual({ to: 'opin', mode: 'transfer' });
    expect(route.answeringDesk).toBe('opin');
    expect(route.desks.map((desk) => desk.id)).toEqual(['abo-akademi', 'opin']);
  });

  it('also applies the extension when a consult would leave the origin answering', () => {
    const route = preview({ topicId: 'sign-in', origin: 'hanken', language: 'fi' });
    expect(route.plannedHandoff).toEqual({ to: 'opin', mode: 'transfer' });
  });

  it('refuses unknown ids with validation_failed', () => {
    expect(
      thrown(() => preview({ topicId: 'nope', origin: 'opin', language: 'fi' })),
    ).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(
      thrown(() => preview({ topicId: 'sign-in', origin: 'nowhere', language: 'fi' })),
    ).toMatchObject({ status: 400 });
    expect(
      thrown(() =>
        preview({ topicId: 'sign-in', institutionId: 'opin', origin: 'opin', language: 'fi' }),
      ),
    ).toMatchObject({ status: 400 });
  });

  it('lets opin own an institution topic when the learner does not know their institution', () => {
    expect(preview({ topicId: 'credits-and-grades', origin: 'opin', language: 'fi' })).toEqual({
      receivingDesk: 'opin',
      answeringDesk: 'opin',
      plannedHandoff: null,
      language: 'fi',
      expectedResponseHours: demoDirectory.findDesk('opin')?.responseTargetHours,
      desks: [{ id: 'opin', integration: 'realtime' }],
    });
    // On an institution's portal, the matter goes to opin as any opin question would.
    expect(
      preview({ topicId: 'enrolment-failed', origin: 'hanken', language: 'sv' }).plannedHandoff,
    ).toEqual({ to: 'opin', mode: 'consult' });
    expect(
      preview({ topicId: 'credits-and-grades', origin: 'hanken', language: 'sv' }).plannedHandoff,
    ).toEqual({ to: 'opin', mode: 'transfer' });
  });
});
