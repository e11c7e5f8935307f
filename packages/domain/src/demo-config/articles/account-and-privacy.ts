/**
 * Seed articles about the Opin.fi account, profile settings and personal data.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const accountAndPrivacyArticles: readonly SeedArticle[] = [
  {
    id: 'see-and-delete-your-personal-data',
    topicIds: ['personal-data'],
    translations: {
      fi: {
        title: 'Omien henkilötietojen tarkastaminen ja poistaminen',
        summary:
          'Voit pyytää nähtäväksesi tiedot, jotka Opin.fi on sinusta tallentanut, korjata niitä tai pyytää niiden poistamista.',
        body: paragraphs(
          'Näet suurimman osan tiedoistasi Opin.fi-palvelun profiilisivulla, ja voit korjata yhteystietosi siellä itse.',
          'Jos haluat kopion kaikista sinusta tallennetuista tiedoista tai haluat, että tietosi poistetaan, tee pyyntö tämän palvelun kautta. Vastaamme viimeistään kuukauden kuluessa.',
          'Kun tietosi poistetaan Opin.fi-palvelusta, korkeakoulujen opintorekistereihin kirjatut suoritukset säilyvät. Niitä koskevat pyynnöt käsittelee se korkeakoulu, jossa olet suorittanut opinnot.',
          'Lisätietoja henkilötietojen käsittelystä saat Opin.fi-palvelun tietosuojaselosteesta.',
        ),
        links: [{ label: 'Tietosuojaseloste', url: 'https://opin.fi/tietosuoja' }],
      },
      sv: {
        title: 'Granska och radera dina personuppgifter',
        summary:
          'Du kan begära att få se de uppgifter som Opin.fi har sparat om dig, rätta dem eller begära att de raderas.',
        body: paragraphs(
          'De flesta av dina uppgifter ser du på profilsidan i Opin.fi, och där kan du själv rätta dina kontaktuppgifter.',
          'Om du vill ha en kopia av alla uppgifter som har sparats om dig eller vill att uppgifterna raderas, kan du göra en begäran via den här tjänsten. Vi svarar senast inom en månad.',
          'När dina uppgifter raderas ur Opin.fi finns de prestationer som har registrerats i högskolornas studieregister kvar. Begäranden som gäller dem behandlas av den högskola där du har avlagt studierna.',
          'Mer information om hur personuppgifter behandlas finns i dataskyddsbeskrivningen för Opin.fi.',
        ),
        links: [{ label: 'Dataskyddsbeskrivning', url: 'https://opin.fi/sv/dataskydd' }],
      },
      en: {
        title: 'Seeing and deleting your personal data',
        summary:
          'You can ask to see the data Opin.fi holds about you, correct it or ask for it to be deleted.',
        body: paragraphs(
          'Most of your data is shown on your Opin.fi profile page, where you can correct your contact details yourself.',
          'If you want a copy of all the data stored about you, or want your data deleted, make a request through this service. We reply within one month at the latest.',
          "Deleting your data from Opin.fi does not remove completed studies recorded in the institutions' study registers. Requests about those are handled by the institution where you completed the studies.",
          'For more on how personal data is processed, see the Opin.fi privacy notice.',
        ),
        links: [{ label: 'Privacy notice', url: 'https://opin.fi/en/privacy' }],
      },
    },
  },
  {
    id: 'changing-your-email-address',
    topicIds: ['account-and-profile'],
    translations: {
      fi: {
        title: 'Sähköpostiosoitteen vaihtaminen',
        summary:
          'Vaihda sähköpostiosoitteesi profiilissa, niin ilmoittautumisvahvistukset ja muut viestit tulevat oikeaan osoitteeseen.',
        body: paragraphs(
          'Kirjaudu Opin.fi-palveluun ja avaa profiilisi oikean yläkulman valikosta. Valitse Yhteystiedot ja kirjoita uusi sähköpostiosoite.',
          'Uuteen osoitteeseen tulee vahvistusviesti. Osoite vaihtuu vasta, kun avaat viestissä olevan linkin 24 tunnin kuluessa.',
          'Jos vahvistusviestiä ei kuulu, tarkista roskapostikansio ja varmista, että kirjoitit osoitteen oikein. Korkeakoulun järjestelmiin tallennettu osoite ei vaihdu samalla, joten päivitä se tarvittaessa korkeakoulun omassa palvelussa.',
        ),
      },
      sv: {
        title: 'Byta e-postadress',
        summary:
          'Byt e-postadress i din profil, så kommer bekräftelser på anmälningar och andra meddelanden till rätt adress.',
        body: paragraphs(
          'Logga in på Opin.fi och öppna din profil via menyn i övre högra hörnet. Välj Kontaktuppgifter och skriv in den nya e-postadressen.',
          'Du får ett bekräftelsemeddelande till den nya adressen. Adressen byts först när du har öppnat länken i meddelandet inom 24 timmar.',
          'Om bekräftelsen inte kommer, kontrollera skräppostmappen och att du har skrivit adressen rätt. Den adress som finns i högskolans system ändras inte samtidigt, så uppdatera den vid behov i högskolans egen tjänst.',
        ),
      },
      en: {
        title: 'Changing your e-mail address',
        summary:
          'Change your e-mail address in your profile so that enrolment confirmations and other messages reach you.',
        body: paragraphs(
          'Sign in to Opin.fi and open your profile from the menu in the top right corner. Choose Contact details and enter your new e-mail address.',
          'A confirmation message is sent to the new address. The address changes only after you open the link in that message within 24 hours.',
          "If the confirmation does not arrive, check your spam folder and make sure you typed the address correctly. The address stored in your institution's systems does not change with it, so update it in the institution's own service if needed.",
        ),
      },
    },
  },
  {
    id: 'language-and-notification-settings',
    topicIds: ['account-and-profile'],
    translations: {
      fi: {
        title: 'Kieli- ja ilmoitusasetukset',
        summary:
          'Valitse, millä kielellä Opin.fi näkyy ja mistä asioista saat ilmoituksia sähköpostiisi.',
        body: paragraphs(
          'Palvelun kielen voit vaihtaa sivun yläreunan kielivalikosta. Jos olet kirjautunut, valinta tallentuu profiiliisi ja on voimassa myös seuraavalla kerralla.',
          'Profiilin kohdassa Ilmoitukset voit valita, saatko sähköpostia esimerkiksi ilmoittautumisen alkamisesta, tallentamiesi opintojen muutoksista tai vastauksista tukipyyntöihisi.',
          'Tukipyyntöjä koskevia viestejä et voi kytkeä pois, koska saat niiden kautta vastauksen kysymykseesi. Ne tulevat aina sillä kielellä, jolla jätit pyynnön.',
        ),
      },
      sv: {
        title: 'Språk- och aviseringsinställningar',
        summary: 'Välj på vilket språk Opin.fi visas och vad du vill få aviseringar om per e-post.',
        body: paragraphs(
          'Du byter språk i språkmenyn högst upp på sidan. Om du är inloggad sparas valet i din profil och gäller också nästa gång.',
          'Under Aviseringar i profilen kan du välja om du vill få e-post till exempel när anmälan börjar, när studier som du har sparat ändras eller när du har fått svar på ett ärende.',
          'Meddelanden om dina ärenden kan du inte stänga av, eftersom det är genom dem du får svar på din fråga. De kommer alltid på det språk som du använde när du lämnade ärendet.',
        ),
      },
      en: {
        title: 'Language and notification settings',
        summary:
          'Choose the language Opin.fi is shown in and what you are notified about by e-mail.',
        body: paragraphs(
          'Change the language from the language menu at the top of the page. If you are signed in, your choice is saved in your profile and applies next time too.',
          'Under Notifications in your profile you can choose whether to get e-mail when enrolment opens, when studies you have saved change, or when a support request is answered.',
          'Messages about your support requests cannot be turned off, because they bring you the answer to your question. They always come in the language you used when you sent the request.',
        ),
      },
    },
  },
];
