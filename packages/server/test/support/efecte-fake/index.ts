/**
 * The Efecte fake for tests: `startEfecteFake()` and what its handle and default tenant offer.
 * Sources: A https://docs.efecte.com/en_US/esm-rest-api-interface-description, B
 * https://github.com/WorkSimple-GmbH/python-efecte/blob/0747ec4a6acab85b1183bba2651d664942b3b643/docs/openapi.json.
 */
export {
  EFECTE_BASE_PATH,
  startEfecteFake,
  type EfecteFake,
  type EfecteFakeOptions,
} from './efecte-fake.js';
export type { FakeCardView, FakeHandle } from './fake-handle.js';
export type { FakeAttribute, FakeTemplate, FakeUser, FakeValue } from './fake-model.js';
export type { FakeFault } from './faults.js';
export { agentUser, incidentTemplate, integrationUser } from './opin-template.js';
export { SOURCE_A, SOURCE_B } from './sources.js';
