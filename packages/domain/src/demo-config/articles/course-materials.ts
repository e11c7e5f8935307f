/**
 * Seed articles for learners who cannot reach course materials on an institution's platform.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const courseMaterialsArticles: readonly SeedArticle[] = [
  {
    id: 'learning-platform-does-not-open',
    topicIds: ['course-materials-access'],
    translations: {
      fi: {
        title: 'Kun Moodle tai muu oppimisympäristö ei aukea',
        summary:
          'Oppimisympäristön tunnukset ja kurssialueet tulevat korkeakoululta, eivät Opin.fi-palvelusta.',
        body: paragraphs(
          'Opintojakson materiaalit ja tehtävät ovat yleensä korkeakoulun omassa oppimisympäristössä, kuten Moodlessa. Sinne kirjaudutaan korkeakoulun antamilla tunnuksilla, ei Opin.fi-tunnuksilla.',
          'Korkeakoulu lähettää tunnukset ja linkin kurssialueelle sähköpostitse, tavallisesti muutamaa päivää ennen opetuksen alkua. Tarkista myös roskapostikansio.',
          'Jos pääset kirjautumaan mutta kurssialue puuttuu, opettaja ei ehkä ole vielä avannut sitä tai lisännyt sinua osallistujaksi. Odota opetuksen alkuun ja ota sitten yhteyttä opettajaan.',
          'Jos kirjautuminen ei onnistu lainkaan, jätä tukipyyntö ja valitse korkeakoulu, jonka opintojaksosta on kyse.',
        ),
      },
      sv: {
        title: 'När Moodle eller en annan lärplattform inte öppnas',
        summary:
          'Användarnamnen och kursområdena på lärplattformen kommer från högskolan, inte från Opin.fi.',
        body: paragraphs(
          'Kursens material och uppgifter finns oftast på högskolans egen lärplattform, till exempel Moodle. Där loggar du in med det användarnamn som du har fått av högskolan, inte med dina inloggningsuppgifter till Opin.fi.',
          'Högskolan skickar användarnamnet och en länk till kursområdet per e-post, vanligtvis några dagar innan undervisningen börjar. Kontrollera också skräppostmappen.',
          'Om du kan logga in men kursområdet saknas har läraren kanske inte ännu öppnat det eller lagt till dig som deltagare. Vänta tills undervisningen börjar och kontakta sedan läraren.',
          'Om du inte alls kan logga in, lämna ett ärende och välj den högskola vars kurs det gäller.',
        ),
      },
      en: {
        title: 'When Moodle or another learning platform does not open',
        summary:
          'Your learning platform account and course areas come from the institution, not from Opin.fi.',
        body: paragraphs(
          "Course materials and assignments are usually on the institution's own learning platform, such as Moodle. You sign in there with the username the institution gave you, not with your Opin.fi sign-in.",
          'The institution sends your username and a link to the course area by e-mail, usually a few days before teaching starts. Check your spam folder too.',
          'If you can sign in but the course area is missing, the teacher may not have opened it yet or added you as a participant. Wait until teaching starts, then contact the teacher.',
          'If you cannot sign in at all, send a support request and choose the institution whose course it is.',
        ),
      },
    },
  },
  {
    id: 'aalto-mycourses-sign-in',
    topicIds: ['course-materials-access', 'sign-in'],
    institutionId: 'aalto',
    translations: {
      fi: {
        title: 'Kirjautuminen Aalto-yliopiston MyCourses-oppimisympäristöön',
        summary:
          'Aalto-yliopiston kurssien materiaalit ovat MyCourses-palvelussa, johon kirjaudutaan Aalto-tunnuksella.',
        body: paragraphs(
          'Kun olet ilmoittautunut Aalto-yliopiston opintojaksolle, saat sähköpostiisi ohjeet Aalto-tunnuksen aktivoimiseen. Aktivoi tunnus ennen kuin yrität kirjautua MyCourses-palveluun.',
          'Kirjaudu MyCourses-palveluun Aalto-tunnuksella ja monivaiheisella tunnistautumisella. Jos et ole vielä ottanut monivaiheista tunnistautumista käyttöön, tee se tunnuksen aktivoinnin yhteydessä.',
          'Kurssin sivu tulee näkyviin, kun opettaja on avannut sen. Jos sivu ei näy vielä ensimmäisenä opetuspäivänä, ota yhteyttä Aalto-yliopiston IT-palveluihin.',
        ),
        links: [{ label: 'MyCourses', url: 'https://mycourses.aalto.fi/' }],
      },
      sv: {
        title: 'Logga in på Aalto-universitetets lärplattform MyCourses',
        summary:
          'Materialet för kurser vid Aalto-universitetet finns i MyCourses, där du loggar in med ditt Aalto-konto.',
        body: paragraphs(
          'När du har anmält dig till en kurs vid Aalto-universitetet får du anvisningar per e-post om hur du aktiverar ditt Aalto-konto. Aktivera kontot innan du försöker logga in i MyCourses.',
          'Logga in i MyCourses med ditt Aalto-konto och flerfaktorsautentisering. Om du inte har tagit flerfaktorsautentisering i bruk ännu gör du det samtidigt som du aktiverar kontot.',
          'Kurssidan syns när läraren har öppnat den. Om sidan inte syns ännu den första undervisningsdagen, kontakta Aalto-universitetets IT-tjänster.',
        ),
        links: [{ label: 'MyCourses', url: 'https://mycourses.aalto.fi/' }],
      },
      en: {
        title: "Signing in to Aalto University's MyCourses",
        summary:
          'Aalto University course materials are in MyCourses, where you sign in with your Aalto account.',
        body: paragraphs(
          'After enrolling in an Aalto University course, you receive instructions by e-mail for activating your Aalto account. Activate it before you try to sign in to MyCourses.',
          'Sign in to MyCourses with your Aalto account and multi-factor authentication. If you have not set up multi-factor authentication yet, do it when you activate your account.',
          'The course page appears once the teacher has opened it. If it is still missing on the first day of teaching, contact Aalto University IT Services.',
        ),
        links: [{ label: 'MyCourses', url: 'https://mycourses.aalto.fi/' }],
      },
    },
  },
];
