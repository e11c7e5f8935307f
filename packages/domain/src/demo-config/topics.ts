/**
 * Seed topics: what a learner can ask help with, who owns each matter and what kind it is.
 * @internal
 */
import type { SeedTopic } from './types.js';

/** Every seed topic, in the order the widget lists them. */
export const topics: readonly SeedTopic[] = [
  {
    id: 'sign-in',
    kind: 'incident',
    owner: 'opin',
    requiresInstitution: false,
    title: {
      fi: 'En pääse kirjautumaan Opin.fi-palveluun',
      sv: 'Jag kan inte logga in på Opin.fi',
      en: 'I cannot sign in to Opin.fi',
    },
    summary: {
      fi: 'Kirjautuminen Suomi.fi-tunnistuksella tai korkeakoulun tunnuksilla ei onnistu tai päättyy virheeseen.',
      sv: 'Inloggningen med Suomi.fi-identifikation eller med högskolans användarnamn misslyckas eller avbryts av ett fel.',
      en: "Signing in with Suomi.fi identification or your institution's account fails or ends in an error.",
    },
  },
  {
    id: 'search-broken',
    kind: 'incident',
    owner: 'opin',
    requiresInstitution: false,
    title: {
      fi: 'Haku tai opintotarjonnan sivu ei toimi',
      sv: 'Sökningen eller sidan med studieutbudet fungerar inte',
      en: 'Search or study offering page is not working',
    },
    summary: {
      fi: 'Hakutulokset eivät lataudu, suodattimet eivät toimi tai opintojakson sivu näyttää virheen.',
      sv: 'Sökresultaten laddas inte, filtren fungerar inte eller kurssidan visar ett felmeddelande.',
      en: 'Search results do not load, filters do not work or a course page shows an error.',
    },
  },
  {
    id: 'enrolment-failed',
    kind: 'incident',
    owner: 'institution',
    requiresInstitution: true,
    title: {
      fi: 'Ilmoittautuminen opintojaksolle epäonnistuu',
      sv: 'Anmälan till kurs misslyckas',
      en: 'Enrolment to a course fails',
    },
    summary: {
      fi: 'Ilmoittautuminen korkeakoulun opintojaksolle keskeytyy, ei tallennu tai siitä ei tule vahvistusta.',
      sv: 'Anmälan till en kurs vid en högskola avbryts, sparas inte eller bekräftas aldrig.',
      en: "Your enrolment to an institution's course stops, is not saved or is never confirmed.",
    },
  },
  {
    id: 'course-materials-access',
    kind: 'incident',
    owner: 'institution',
    requiresInstitution: true,
    title: {
      fi: 'Kurssimateriaalit tai oppimisympäristö eivät aukea',
      sv: 'Kursmaterialet eller lärplattformen öppnas inte',
      en: "Course materials or learning platform won't open",
    },
    summary: {
      fi: 'Et pääse korkeakoulun oppimisympäristöön, kuten Moodleen, tai kurssin materiaalit eivät näy.',
      sv: 'Du kommer inte in på högskolans lärplattform, till exempel Moodle, eller så syns kursmaterialet inte.',
      en: "You cannot get into the institution's learning platform, such as Moodle, or the course materials do not show.",
    },
  },
  {
    id: 'credits-and-grades',
    kind: 'question',
    owner: 'institution',
    requiresInstitution: true,
    title: {
      fi: 'Opintosuoritukset, arvosanat ja todistukset',
      sv: 'Studieprestationer, vitsord och intyg',
      en: 'Credits, grades and certificates',
    },
    summary: {
      fi: 'Suoritus tai arvosana puuttuu opintorekisteristä, tai tarvitset todistuksen tai opintosuoritusotteen.',
      sv: 'En prestation eller ett vitsord saknas i studieregistret, eller så behöver du ett intyg eller ett studieutdrag.',
      en: 'A completed course or grade is missing from your records, or you need a certificate or a transcript.',
    },
  },
  {
    id: 'study-right-and-fees',
    kind: 'question',
    owner: 'institution',
    requiresInstitution: true,
    title: {
      fi: 'Opinto-oikeus ja maksut',
      sv: 'Studierätt och avgifter',
      en: 'Study right and fees',
    },
    summary: {
      fi: 'Kysymykset opinto-oikeuden alkamisesta ja voimassaolosta sekä opintojen maksuista ja laskuista.',
      sv: 'Frågor om när studierätten börjar och hur länge den gäller samt om avgifter och fakturor för studierna.',
      en: 'Questions about when your study right starts and how long it lasts, and about course fees and invoices.',
    },
  },
  {
    id: 'transfer-credits',
    kind: 'request',
    owner: 'institution',
    requiresInstitution: true,
    title: {
      fi: 'Aiempien opintojen hyväksilukeminen',
      sv: 'Tillgodoräknande av tidigare studier',
      en: 'Recognition of prior studies',
    },
    summary: {
      fi: 'Haluat sisällyttää muualla suoritettuja opintoja tutkintoosi.',
      sv: 'Du vill tillgodoräkna studier som du har avlagt någon annanstans i din examen.',
      en: 'You want studies completed elsewhere to count towards your degree.',
    },
  },
  {
    id: 'accessibility-arrangements',
    kind: 'request',
    owner: 'institution',
    requiresInstitution: true,
    title: {
      fi: 'Opiskelun erityisjärjestelyt',
      sv: 'Särskilda arrangemang i studierna',
      en: 'Accessibility arrangements',
    },
    summary: {
      fi: 'Tarvitset esimerkiksi lisäaikaa tenttiin, esteettömän opiskelutilan tai materiaalit saavutettavassa muodossa.',
      sv: 'Du behöver till exempel förlängd tentamenstid, en tillgänglig studielokal eller material i tillgängligt format.',
      en: 'You need, for example, extra time in exams, an accessible study space or materials in an accessible format.',
    },
  },
  {
    id: 'personal-data',
    kind: 'request',
    owner: 'opin',
    requiresInstitution: false,
    title: {
      fi: 'Henkilötiedot ja tietosuoja',
      sv: 'Personuppgifter och dataskydd',
      en: 'Personal data and privacy',
    },
    summary: {
      fi: 'Haluat tarkastaa, korjata tai poistaa henkilötietosi Opin.fi-palvelusta.',
      sv: 'Du vill granska, rätta eller radera dina personuppgifter i Opin.fi.',
      en: 'You want to see, correct or delete your personal data in Opin.fi.',
    },
  },
  {
    id: 'account-and-profile',
    kind: 'question',
    owner: 'opin',
    requiresInstitution: false,
    title: {
      fi: 'Käyttäjätili ja profiili',
      sv: 'Användarkonto och profil',
      en: 'Account and profile',
    },
    summary: {
      fi: 'Neuvoja yhteystietojen, kieliasetusten ja ilmoitusten muuttamiseen Opin.fi-profiilissa.',
      sv: 'Råd om hur du ändrar kontaktuppgifter, språkinställningar och aviseringar i din profil på Opin.fi.',
      en: 'Advice on changing your contact details, language settings and notifications in your Opin.fi profile.',
    },
  },
  {
    id: 'finding-studies',
    kind: 'question',
    owner: 'opin',
    requiresInstitution: false,
    title: {
      fi: 'Sopivien opintojen löytäminen',
      sv: 'Hitta studier som passar dig',
      en: 'Finding suitable studies',
    },
    summary: {
      fi: 'Neuvoja opintojen etsimiseen ja vertailuun esimerkiksi aiheen, ajankohdan tai opetuskielen mukaan.',
      sv: 'Råd om hur du söker och jämför studier, till exempel enligt ämne, tidpunkt eller undervisningsspråk.',
      en: 'Advice on searching and comparing studies by subject, timing or language of instruction.',
    },
  },
];
