/// <reference types="mocha" />
/**
 * The routing preview's plain words say who handles the matter truthfully, also when the routing
 * rule sends an institution's matter to Opin.fi support because of the ticket's language.
 */
import { assert } from '@open-wc/testing';
import type { RoutingPreview, SupportClient, Topic } from '@opin/support-sdk';
import { DeskDirectory } from '../../src/panel/data/desk-directory.js';
import { describeRouting } from '../../src/panel/text/routing.js';

/** Desk names fall back to ids while the directory has not loaded: enough to read the sentences. */
const desks = new DeskDirectory({} as SupportClient);
const institutionTopic: Topic = {
  id: 'credits-and-grades',
  kind: 'question',
  owner: 'institution',
  requiresInstitution: true,
  title: 'Credits',
  summary: 'Credits',
  locale: 'en',
};

function preview(to: string, answeringDesk: string): RoutingPreview {
  return {
    receivingDesk: 'abo-akademi',
    answeringDesk,
    plannedHandoff: { to, mode: 'transfer' },
    language: 'fi',
    expectedResponseHours: 24,
    desks: [],
  };
}

describe('the routing preview sentences', () => {
  it('say "your institution" when the institution takes the matter', () => {
    const [first] = describeRouting(preview('hanken', 'hanken'), institutionTopic, desks, 'en');
    assert.strictEqual(first, 'Your institution handles this.');
  });

  it('name Opin.fi support when an institution matter goes to Opin.fi for the language', () => {
    const sentences = describeRouting(preview('opin', 'opin'), institutionTopic, desks, 'en');
    assert.strictEqual(sentences[0], 'opin handles this.');
    assert.notInclude(sentences.join(' '), 'Your institution');
  });
});
