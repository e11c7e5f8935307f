/**
 * Seed articles for learners whose enrolment to an institution's course fails.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const enrolmentArticles: readonly SeedArticle[] = [
  {
    id: 'when-enrolment-fails',
    topicIds: ['enrolment-failed'],
    translations: {
      fi: {
        title: 'Kun ilmoittautuminen opintojaksolle ei onnistu',
        summary: 'Tarkista nämä asiat ennen kuin otat yhteyttä korkeakouluun.',
        body: paragraphs(
          'Tarkista, että ilmoittautumisaika on auki. Ilmoittautumisen alkamis- ja päättymisaika näkyy opintojakson sivulla, ja ilmoittautuminen sulkeutuu usein jo ennen opetuksen alkua.',
          'Varmista, että olet kirjautunut sisään ja että profiilissasi on voimassa oleva sähköpostiosoite. Osa korkeakouluista edellyttää lisäksi, että täytät ilmoittautumislomakkeen kaikki pakolliset kohdat tai hyväksyt maksuehdot.',
          'Jos opintojaksolle otetaan vain rajattu määrä opiskelijoita, paikat voivat olla jo täynnä. Joillakin opintojaksoilla voit ilmoittautua varasijalle.',
          'Jos ilmoittautuminen keskeytyy virheeseen, kirjoita virheilmoitus muistiin ja jätä tukipyyntö. Valitse pyynnössä se korkeakoulu, jonka opintojaksolle yritit ilmoittautua, niin pyyntö ohjautuu oikeaan paikkaan.',
        ),
      },
      sv: {
        title: 'När anmälan till en kurs inte lyckas',
        summary: 'Kontrollera de här sakerna innan du kontaktar högskolan.',
        body: paragraphs(
          'Kontrollera att anmälningstiden pågår. När anmälan börjar och slutar framgår av kurssidan, och anmälan stänger ofta redan innan undervisningen börjar.',
          'Se till att du är inloggad och att det finns en giltig e-postadress i din profil. En del högskolor kräver dessutom att du fyller i alla obligatoriska fält i anmälningsblanketten eller godkänner betalningsvillkoren.',
          'Om antalet platser på kursen är begränsat kan de redan vara fyllda. På vissa kurser kan du anmäla dig till en reservplats.',
          'Om anmälan avbryts av ett fel, anteckna felmeddelandet och lämna ett ärende. Välj den högskola vars kurs du försökte anmäla dig till, så hamnar ärendet på rätt ställe.',
        ),
      },
      en: {
        title: 'When enrolment to a course fails',
        summary: 'Check these things before you contact the institution.',
        body: paragraphs(
          'Check that enrolment is open. The course page shows when enrolment opens and closes, and it often closes before teaching begins.',
          'Make sure you are signed in and that your profile has a valid e-mail address. Some institutions also require you to fill in every required field of the enrolment form or to accept the payment terms.',
          'If the course takes a limited number of students, it may already be full. Some courses let you enrol on a waiting list.',
          'If enrolment stops with an error, write down the error message and send a support request. Choose the institution whose course you tried to enrol in, so that the request reaches the right desk.',
        ),
      },
    },
  },
  {
    id: 'is-my-enrolment-confirmed',
    topicIds: ['enrolment-failed'],
    translations: {
      fi: {
        title: 'Onko ilmoittautumiseni vahvistettu?',
        summary: 'Näin tarkistat, onko ilmoittautumisesi tallentunut ja hyväksytty.',
        body: paragraphs(
          'Onnistuneesta ilmoittautumisesta tulee vahvistus sähköpostiisi yleensä muutaman minuutin kuluessa. Tarkista myös roskapostikansio.',
          'Näet ilmoittautumisesi myös Opin.fi-palvelussa kohdassa Omat opinnot. Tila Odottaa hyväksyntää tarkoittaa, että korkeakoulu käsittelee ilmoittautumista vielä.',
          'Osa korkeakouluista hyväksyy ilmoittautumiset vasta ilmoittautumisajan päätyttyä. Jos tila ei ole muuttunut viikon kuluessa ilmoittautumisajan päättymisestä, ota yhteyttä korkeakouluun tukipyynnöllä.',
        ),
      },
      sv: {
        title: 'Är min anmälan bekräftad?',
        summary: 'Så här kontrollerar du om din anmälan har sparats och godkänts.',
        body: paragraphs(
          'När anmälan har lyckats får du en bekräftelse per e-post, oftast inom några minuter. Kontrollera också skräppostmappen.',
          'Du ser dina anmälningar också i Opin.fi under Mina studier. Statusen Väntar på godkännande betyder att högskolan fortfarande behandlar anmälan.',
          'En del högskolor godkänner anmälningarna först när anmälningstiden har gått ut. Om statusen inte har ändrats inom en vecka efter att anmälningstiden gick ut, kontakta högskolan genom att lämna ett ärende.',
        ),
      },
      en: {
        title: 'Is my enrolment confirmed?',
        summary: 'How to check whether your enrolment has been saved and accepted.',
        body: paragraphs(
          'When enrolment succeeds, you receive a confirmation by e-mail, usually within a few minutes. Check your spam folder too.',
          'You can also see your enrolments in Opin.fi under My studies. The status Awaiting approval means the institution is still processing your enrolment.',
          'Some institutions accept enrolments only after the enrolment period has ended. If the status has not changed within a week of that, contact the institution with a support request.',
        ),
      },
    },
  },
  {
    id: 'helsinki-open-university-enrolment',
    topicIds: ['enrolment-failed', 'study-right-and-fees'],
    institutionId: 'helsinki',
    translations: {
      fi: {
        title: 'Ilmoittautuminen Helsingin yliopiston avoimen yliopiston opintoihin',
        summary:
          'Avoimen yliopiston opintojaksoille ilmoittaudutaan ja ne maksetaan samalla kertaa.',
        body: paragraphs(
          'Kun ilmoittaudut Opin.fi-palvelun kautta Helsingin yliopiston avoimen yliopiston opintojaksolle, sinut ohjataan yliopiston omaan ilmoittautumispalveluun. Ilmoittautuminen on valmis vasta, kun olet maksanut opintojakson maksun.',
          'Jos maksaminen keskeytyy, ilmoittautumisesi ei tallennu. Odota puoli tuntia, että keskeneräinen varaus vapautuu, ja ilmoittaudu sitten uudelleen.',
          'Opinto-oikeus alkaa ilmoittautumisesta ja on voimassa opintojakson ajan. Saat käyttäjätunnuksen yliopiston verkkopalveluihin sähköpostitse ennen opetuksen alkua.',
        ),
        links: [{ label: 'Avoin yliopisto', url: 'https://www.helsinki.fi/fi/avoin-yliopisto' }],
      },
      sv: {
        title: 'Anmälan till studier vid Helsingfors universitets öppna universitet',
        summary:
          'Du anmäler dig till och betalar kurser vid öppna universitetet i ett och samma steg.',
        body: paragraphs(
          'När du via Opin.fi anmäler dig till en kurs vid Helsingfors universitets öppna universitet skickas du vidare till universitetets egen anmälningstjänst. Anmälan är klar först när du har betalat kursavgiften.',
          'Om betalningen avbryts sparas inte anmälan. Vänta en halvtimme tills den påbörjade reservationen frigörs och anmäl dig sedan på nytt.',
          'Studierätten börjar när du anmäler dig och gäller under hela kursen. Du får ett användarnamn till universitetets webbtjänster per e-post innan undervisningen börjar.',
        ),
        links: [
          { label: 'Öppna universitetet', url: 'https://www.helsinki.fi/sv/oppna-universitetet' },
        ],
      },
      en: {
        title: 'Enrolling in University of Helsinki Open University studies',
        summary: 'You enrol in and pay for Open University courses in one go.',
        body: paragraphs(
          "When you enrol in a University of Helsinki Open University course through Opin.fi, you are taken to the university's own enrolment service. Your enrolment is complete only once you have paid the course fee.",
          'If the payment is interrupted, your enrolment is not saved. Wait half an hour for the unfinished reservation to be released, then enrol again.',
          "Your study right starts when you enrol and lasts for the duration of the course. You receive a username for the university's online services by e-mail before teaching starts.",
        ),
        links: [{ label: 'Open University', url: 'https://www.helsinki.fi/en/open-university' }],
      },
    },
  },
  {
    id: 'tampere-enrolment-in-sisu',
    topicIds: ['enrolment-failed'],
    institutionId: 'tampere',
    translations: {
      fi: {
        title: 'Ilmoittautuminen Tampereen yliopiston opintojaksoille',
        summary:
          'Tampereen yliopiston opintojaksoille ilmoittautuminen viimeistellään yliopiston Sisu-järjestelmässä.',
        body: paragraphs(
          'Kun valitset Opin.fi-palvelussa Tampereen yliopiston opintojakson ja painat Ilmoittaudu, sinut ohjataan kirjautumaan yliopiston Sisu-järjestelmään. Ilmoittautuminen on valmis vasta, kun Sisussa näkyy tila Ilmoittautunut.',
          'Jos sinulla ei vielä ole Tampereen korkeakouluyhteisön käyttäjätunnusta, saat ohjeet sen aktivoimiseen sähköpostitse. Viesti lähtee yleensä seuraavan arkipäivän aikana.',
          'Jos Sisu ilmoittaa, että ilmoittautumisaika on päättynyt, tarkista ajat Opin.fi-palvelun opintojaksosivulta. Muissa virhetilanteissa yliopiston tuki vastaa sähköpostitse yleensä kahden arkipäivän kuluessa.',
        ),
      },
      en: {
        title: 'Enrolling in Tampere University courses',
        summary:
          "Enrolment in Tampere University courses is completed in the university's Sisu system.",
        body: paragraphs(
          "When you choose a Tampere University course on Opin.fi and select Enrol, you are asked to sign in to the university's Sisu system. Your enrolment is complete only when Sisu shows the status Enrolled.",
          'If you do not yet have a Tampere Universities user account, you will receive instructions for activating it by e-mail, usually by the next working day.',
          "If Sisu says the enrolment period has ended, check the dates on the course page on Opin.fi. For other errors, the university's support desk usually replies by e-mail within two working days.",
        ),
      },
    },
  },
];
