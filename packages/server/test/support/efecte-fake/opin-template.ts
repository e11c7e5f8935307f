/**
 * The fake's default tenant: an `incident` template in folder `opin_fi` with the attributes of
 * design §4's example mapping, and two users (the connector's integration user and an agent).
 * A real tenant's template is the institution's own; these codes are only the example's.
 */
import type { FakeTemplate, FakeUser } from './fake-model.js';

/** The static values of `opin_state`: Opin's statuses as design §4's `statusCodes` example. */
const opinStates = [
  { value: '01', code: 'received' },
  { value: '02', code: 'in_progress' },
  { value: '03', code: 'waiting_for_learner' },
  { value: '05', code: 'resolved' },
  { value: '06', code: 'closed' },
];

/** What an agent may ask of Opin.fi through `opin_request`. */
const agentRequests = ['accept', 'decline', 'consult_opin', 'transfer_opin'].map((code) => ({
  value: code,
  code,
}));

/** The `incident` template. */
export const incidentTemplate: FakeTemplate = {
  code: 'incident',
  name: 'Incident',
  folders: ['opin_fi', 'incident_management'],
  nameAttribute: 'subject',
  attributes: {
    subject: { name: 'Subject', type: 'string' },
    description: { name: 'Description', type: 'string' },
    status: {
      name: 'Status',
      type: 'static-value',
      staticValues: [
        { value: '01 - New', code: 'new' },
        { value: '02 - Solving', code: 'solving' },
      ],
    },
    opin_reference: { name: 'Opin.fi reference', type: 'string' },
    opin_state: { name: 'Opin.fi state', type: 'static-value', staticValues: opinStates },
    opin_outbound: { name: 'From Opin.fi', type: 'worklog' },
    opin_reply: { name: 'To Opin.fi', type: 'worklog' },
    opin_request: { name: 'Request to Opin.fi', type: 'static-value', staticValues: agentRequests },
  },
};

/** The integration user the connector logs in as. */
export const integrationUser: FakeUser = {
  login: 'opin-integration',
  password: 'correct horse battery staple',
  name: 'Opin.fi Integration',
};

/** An agent, for entries written "by another author". */
export const agentUser: FakeUser = {
  login: 'aino',
  password: 'not-used-by-tests',
  name: 'Aino Agentti',
};
