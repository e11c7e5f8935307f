/**
 * Seed articles about searching the study offering and finding suitable studies.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const findingStudiesArticles: readonly SeedArticle[] = [
  {
    id: 'search-shows-no-results',
    topicIds: ['search-broken', 'finding-studies'],
    translations: {
      fi: {
        title: 'Haku ei näytä tuloksia',
        summary:
          'Jos haku jää tyhjäksi tai tulokset eivät lataudu, tarkista hakusanat ja suodattimet ennen kuin ilmoitat viasta.',
        body: paragraphs(
          'Tarkista ensin, onko sinulla käytössä suodattimia, kuten opetuskieli, ajankohta tai korkeakoulu. Poista ne valitsemalla Tyhjennä valinnat ja hae uudelleen.',
          'Kokeile lyhyempää tai yleisempää hakusanaa, esimerkiksi pelkkää aihetta opintojakson koko nimen sijaan.',
          'Jos tuloslista ei lataudu lainkaan tai sivulla näkyy virheilmoitus, päivitä sivu. Jos vika jatkuu vielä muutaman minuutin kuluttua, palvelussa voi olla häiriö. Kerro siitä meille tukipyynnöllä.',
        ),
      },
      sv: {
        title: 'Sökningen visar inga resultat',
        summary:
          'Om sökningen inte ger några träffar eller om resultaten inte laddas, kontrollera sökorden och filtren innan du anmäler ett fel.',
        body: paragraphs(
          'Kontrollera först om du har valt filter, till exempel undervisningsspråk, tidpunkt eller högskola. Ta bort dem genom att välja Töm valen och sök på nytt.',
          'Pröva ett kortare eller mer allmänt sökord, till exempel bara ämnet i stället för kursens fullständiga namn.',
          'Om resultatlistan inte laddas alls eller om sidan visar ett felmeddelande, ladda om sidan. Om felet kvarstår efter några minuter kan det vara en störning i tjänsten. Berätta då för oss om det i ett ärende.',
        ),
      },
      en: {
        title: 'Search shows no results',
        summary:
          'If the search comes back empty or the results do not load, check your search words and filters before reporting a fault.',
        body: paragraphs(
          'First check whether you have filters on, such as language of instruction, timing or institution. Remove them with Clear selections and search again.',
          "Try a shorter or more general search word, for example just the subject instead of the course's full name.",
          'If the result list does not load at all or the page shows an error message, reload the page. If the fault is still there a few minutes later, the service may be disrupted. Let us know with a support request.',
        ),
      },
    },
  },
  {
    id: 'course-page-does-not-open',
    topicIds: ['search-broken'],
    translations: {
      fi: {
        title: 'Opintojakson sivu ei aukea',
        summary:
          'Opintojakson tai opintokokonaisuuden sivu näyttää virheilmoituksen tai jää tyhjäksi.',
        body: paragraphs(
          'Opintojen tiedot tulevat Opin.fi-palveluun korkeakoulujen omista järjestelmistä. Jos korkeakoulu on juuri päivittänyt opintojakson tietoja, sivu voi olla hetken poissa näkyvistä. Odota vähän aikaa ja päivitä sivu.',
          'Jos avasit sivun vanhasta linkistä tai kirjanmerkistä, opintojakso on voinut jo päättyä tai sen osoite on muuttunut. Hae opintojakso uudelleen sen nimellä.',
          'Jos sivu ei vieläkään aukea, jätä tukipyyntö ja kopioi siihen sivun osoite selaimen osoiteriviltä. Näin näemme, onko vika Opin.fi-palvelussa vai korkeakoulun tiedoissa.',
        ),
      },
      en: {
        title: 'Course page does not open',
        summary: 'The page of a course or study module shows an error message or stays blank.',
        body: paragraphs(
          "Course information comes to Opin.fi from the institutions' own systems. If the institution has just updated a course, its page may be unavailable for a moment. Wait a little and reload the page.",
          'If you opened the page from an old link or bookmark, the course may already have ended or its address may have changed. Search for the course again by its name.',
          "If the page still does not open, send a support request and paste the page address from your browser's address bar into it. This tells us whether the fault is in Opin.fi or in the institution's data.",
        ),
      },
    },
  },
  {
    id: 'finding-suitable-studies',
    topicIds: ['finding-studies'],
    translations: {
      fi: {
        title: 'Näin löydät sopivat opinnot',
        summary: 'Rajaa hakua aiheen, ajankohdan, opetuskielen ja opetustavan mukaan.',
        body: paragraphs(
          'Kirjoita hakukenttään sinua kiinnostava aihe, esimerkiksi tilastotiede tai projektinhallinta. Haku näyttää opinnot kaikista korkeakouluista, jotka tarjoavat opintojaan Opin.fi-palvelussa.',
          'Rajaa tuloksia suodattimilla. Voit valita esimerkiksi ajankohdan, opetuskielen, laajuuden opintopisteinä ja sen, onko opetus verkossa vai lähiopetusta.',
          'Tallenna kiinnostavat opinnot sydänkuvakkeella, niin löydät ne myöhemmin profiilistasi. Voit myös tilata ilmoituksen ilmoittautumisen alkamisesta.',
          'Jos et tiedä, mitkä opinnot sopisivat tavoitteisiisi, kysy neuvoa Opin.fi-tuelta tai sen korkeakoulun opinto-ohjauksesta, jonka opinnot kiinnostavat sinua.',
        ),
        links: [{ label: 'Opintojen haku Opin.fi-palvelussa', url: 'https://opin.fi/haku' }],
      },
      sv: {
        title: 'Så hittar du studier som passar dig',
        summary:
          'Avgränsa sökningen enligt ämne, tidpunkt, undervisningsspråk och undervisningsform.',
        body: paragraphs(
          'Skriv ett ämne som intresserar dig i sökfältet, till exempel statistik eller projektledning. Sökningen visar studier från alla högskolor som erbjuder studier på Opin.fi.',
          'Avgränsa resultaten med filtren. Du kan till exempel välja tidpunkt, undervisningsspråk, omfattning i studiepoäng och om undervisningen ges på nätet eller som närundervisning.',
          'Spara intressanta studier med hjärtikonen, så hittar du dem senare i din profil. Du kan också beställa en avisering om när anmälan börjar.',
          'Om du inte vet vilka studier som passar dina mål kan du fråga Opin.fi-supporten eller studiehandledningen vid den högskola vars studier intresserar dig.',
        ),
        links: [{ label: 'Sök studier på Opin.fi', url: 'https://opin.fi/sv/sok' }],
      },
      en: {
        title: 'How to find studies that suit you',
        summary:
          'Narrow the search by subject, timing, language of instruction and teaching method.',
        body: paragraphs(
          'Type a subject that interests you in the search field, for example statistics or project management. The search shows studies from every institution offering studies on Opin.fi.',
          'Narrow the results with filters. You can choose, for example, the timing, the language of instruction, the scope in credits and whether the teaching is online or on campus.',
          'Save interesting studies with the heart icon to find them later in your profile. You can also ask to be notified when enrolment opens.',
          'If you are unsure which studies fit your goals, ask Opin.fi support or the study guidance of the institution whose studies interest you.',
        ),
        links: [{ label: 'Search studies on Opin.fi', url: 'https://opin.fi/en/search' }],
      },
    },
  },
  {
    id: 'studying-in-swedish',
    topicIds: ['finding-studies'],
    translations: {
      sv: {
        title: 'Studera på svenska via Opin.fi',
        summary: 'Så hittar du kurser som ges på svenska vid högskolor runt om i Finland.',
        body: paragraphs(
          'Välj svenska som undervisningsspråk bland filtren, så visas bara studier som ges på svenska. Du hittar bland annat kurser vid Åbo Akademi, Hanken, Arcada, Novia och Helsingfors universitet.',
          'Många kurser ordnas på nätet, så du kan delta var du än bor. Kontrollera på kurssidan om tentamen ordnas på distans eller på plats.',
          'Om du vill ha service på svenska när du kontaktar oss, välj svenska som språk när du lämnar ditt ärende. Du får alltid svar på samma språk.',
        ),
      },
    },
  },
];
