/**
 * Seed desks: the Opin.fi support desk and the user-support desks of real Finnish
 * higher-education institutions, with plausible languages, integrations and response targets.
 * @internal
 */
import type { SeedDesk } from './types.js';

/** The Opin.fi support desk: answers in all three languages, connected in real time. */
const opin: SeedDesk = {
  id: 'opin',
  name: { fi: 'Opin.fi-tuki', sv: 'Opin.fi-supporten', en: 'Opin.fi support' },
  languages: ['fi', 'sv', 'en'],
  integration: 'realtime',
  responseTargetHours: 24,
  contactUrl: 'https://opin.fi/tuki',
  institution: false,
};

const institutions: readonly SeedDesk[] = [
  {
    id: 'helsinki',
    name: {
      fi: 'Helsingin yliopisto',
      sv: 'Helsingfors universitet',
      en: 'University of Helsinki',
    },
    languages: ['fi', 'sv', 'en'],
    integration: 'realtime',
    responseTargetHours: 24,
    contactUrl: 'https://www.helsinki.fi/fi/yhteystiedot',
    institution: true,
  },
  {
    id: 'aalto',
    name: { fi: 'Aalto-yliopisto', sv: 'Aalto-universitetet', en: 'Aalto University' },
    languages: ['fi', 'sv', 'en'],
    integration: 'realtime',
    responseTargetHours: 16,
    contactUrl: 'https://www.aalto.fi/fi/yhteystiedot',
    institution: true,
  },
  {
    id: 'tampere',
    name: { fi: 'Tampereen yliopisto', sv: 'Tammerfors universitet', en: 'Tampere University' },
    languages: ['fi', 'en'],
    integration: 'email',
    responseTargetHours: 48,
    contactUrl: 'https://www.tuni.fi/fi/yhteystiedot',
    deskEmail: 'helpdesk@tuni.fi',
    institution: true,
  },
  {
    id: 'jyvaskyla',
    name: {
      fi: 'Jyväskylän yliopisto',
      sv: 'Jyväskylä universitet',
      en: 'University of Jyväskylä',
    },
    languages: ['fi', 'en'],
    integration: 'realtime',
    responseTargetHours: 36,
    contactUrl: 'https://www.jyu.fi/fi/yhteystiedot',
    institution: true,
  },
  {
    id: 'oulu',
    name: { fi: 'Oulun yliopisto', sv: 'Uleåborgs universitet', en: 'University of Oulu' },
    languages: ['fi', 'en'],
    integration: 'email',
    responseTargetHours: 48,
    contactUrl: 'https://www.oulu.fi/fi/yhteystiedot',
    deskEmail: 'servicedesk@oulu.fi',
    institution: true,
  },
  {
    id: 'turku',
    name: { fi: 'Turun yliopisto', sv: 'Åbo universitet', en: 'University of Turku' },
    languages: ['fi', 'en'],
    integration: 'realtime',
    responseTargetHours: 24,
    contactUrl: 'https://www.utu.fi/fi/yhteystiedot',
    institution: true,
  },
  {
    id: 'lapland',
    name: { fi: 'Lapin yliopisto', sv: 'Lapplands universitet', en: 'University of Lapland' },
    languages: ['fi', 'en'],
    integration: 'email',
    responseTargetHours: 72,
    contactUrl: 'https://www.ulapland.fi/fi/yhteystiedot',
    deskEmail: 'helpdesk@ulapland.fi',
    institution: true,
  },
  {
    id: 'abo-akademi',
    name: { fi: 'Åbo Akademi', sv: 'Åbo Akademi', en: 'Åbo Akademi' },
    languages: ['sv', 'en'],
    integration: 'email',
    responseTargetHours: 48,
    contactUrl: 'https://www.abo.fi/kontakt/',
    deskEmail: 'helpdesk@abo.fi',
    institution: true,
  },
  {
    id: 'hanken',
    name: {
      fi: 'Svenska handelshögskolan',
      sv: 'Svenska handelshögskolan',
      en: 'Hanken School of Economics',
    },
    languages: ['sv', 'en'],
    integration: 'realtime',
    responseTargetHours: 12,
    contactUrl: 'https://www.hanken.fi/sv/kontakt',
    institution: true,
  },
  {
    id: 'arcada',
    name: {
      fi: 'Yrkeshögskolan Arcada',
      sv: 'Yrkeshögskolan Arcada',
      en: 'Arcada University of Applied Sciences',
    },
    languages: ['sv', 'en'],
    integration: 'realtime',
    responseTargetHours: 24,
    contactUrl: 'https://www.arcada.fi/sv/kontakt',
    institution: true,
  },
  {
    id: 'novia',
    name: {
      fi: 'Yrkeshögskolan Novia',
      sv: 'Yrkeshögskolan Novia',
      en: 'Novia University of Applied Sciences',
    },
    languages: ['sv', 'en'],
    integration: 'email',
    responseTargetHours: 72,
    contactUrl: 'https://www.novia.fi/kontakt',
    deskEmail: 'helpdesk@novia.fi',
    institution: true,
  },
  {
    id: 'metropolia',
    name: {
      fi: 'Metropolia Ammattikorkeakoulu',
      sv: 'Metropolia yrkeshögskola',
      en: 'Metropolia University of Applied Sciences',
    },
    languages: ['fi', 'en'],
    integration: 'realtime',
    responseTargetHours: 36,
    contactUrl: 'https://www.metropolia.fi/fi/yhteystiedot',
    institution: true,
  },
  {
    id: 'haaga-helia',
    name: {
      fi: 'Haaga-Helia ammattikorkeakoulu',
      sv: 'Haaga-Helia yrkeshögskola',
      en: 'Haaga-Helia University of Applied Sciences',
    },
    languages: ['fi', 'en'],
    integration: 'realtime',
    responseTargetHours: 8,
    contactUrl: 'https://www.haaga-helia.fi/fi/yhteystiedot',
    institution: true,
  },
];

/** Every seed desk: `opin` first, then the institutions. */
export const desks: readonly SeedDesk[] = [opin, ...institutions];
