/**
 * Seed articles for learners who cannot sign in to Opin.fi.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const signInArticles: readonly SeedArticle[] = [
  {
    id: 'sign-in-suomi-fi',
    topicIds: ['sign-in'],
    translations: {
      fi: {
        title: 'Kirjautuminen Suomi.fi-tunnistuksella',
        summary:
          'Mitä tehdä, jos tunnistautuminen pankkitunnuksilla tai mobiilivarmenteella ei vie sinua takaisin Opin.fi-palveluun.',
        body: paragraphs(
          'Valitse Opin.fi-palvelun kirjautumissivulla Suomi.fi-tunnistus ja sen jälkeen haluamasi tunnistustapa, esimerkiksi pankkitunnukset tai mobiilivarmenne. Kun olet tunnistautunut, sinut ohjataan automaattisesti takaisin Opin.fi-palveluun.',
          'Jos päädyt takaisin kirjautumissivulle etkä ole kirjautuneena, tarkista, ettei selaimesi estä evästeitä tai ponnahdusikkunoita. Älä käytä selaimen Takaisin-painiketta tunnistautumisen aikana, sillä se keskeyttää kirjautumisen.',
          'Jos tunnistautuminen epäonnistuu jo Suomi.fi-palvelussa, syy on yleensä tunnistusvälineessä. Kokeile toista tunnistustapaa tai katso pankkisi tai teleoperaattorisi tiedotteista, onko palvelussa häiriö.',
          'Jos mikään ei auta, jätä tukipyyntö Opin.fi-tuelle. Kerro, mitä tunnistustapaa ja selainta käytit ja millainen virheilmoitus näkyi.',
        ),
        links: [
          {
            label: 'Suomi.fi: ohjeita tunnistautumiseen',
            url: 'https://www.suomi.fi/ohjeet-ja-tuki/tunnistautuminen',
          },
        ],
      },
      sv: {
        title: 'Inloggning med Suomi.fi-identifikation',
        summary:
          'Vad du kan göra om identifieringen med bankkoder eller mobilcertifikat inte tar dig tillbaka till Opin.fi.',
        body: paragraphs(
          'Välj Suomi.fi-identifikation på inloggningssidan i Opin.fi och därefter det identifieringssätt du vill använda, till exempel bankkoder eller mobilcertifikat. När du har identifierat dig skickas du automatiskt tillbaka till Opin.fi.',
          'Om du hamnar på inloggningssidan igen utan att vara inloggad, kontrollera att webbläsaren inte blockerar kakor eller popupfönster. Använd inte webbläsarens bakåtknapp medan identifieringen pågår, eftersom inloggningen då avbryts.',
          'Om identifieringen misslyckas redan i Suomi.fi-tjänsten beror felet oftast på identifieringsverktyget. Pröva ett annat identifieringssätt eller se efter i din banks eller teleoperatörs meddelanden om det finns en störning i tjänsten.',
          'Om inget av detta hjälper kan du lämna ett ärende till Opin.fi-supporten. Berätta vilket identifieringssätt och vilken webbläsare du använde och vilket felmeddelande som visades.',
        ),
        links: [
          {
            label: 'Suomi.fi: hjälp med identifiering',
            url: 'https://www.suomi.fi/anvisningar-och-stod/identifiering',
          },
        ],
      },
      en: {
        title: 'Signing in with Suomi.fi identification',
        summary:
          'What to do if identifying with online banking codes or a mobile certificate does not bring you back to Opin.fi.',
        body: paragraphs(
          'On the Opin.fi sign-in page, choose Suomi.fi identification and then the method you want to use, such as online banking codes or a mobile certificate. Once you have identified yourself, you are taken back to Opin.fi automatically.',
          "If you end up on the sign-in page again without being signed in, check that your browser does not block cookies or pop-up windows. Do not use the browser's Back button during identification, as it interrupts the sign-in.",
          "If identification already fails in the Suomi.fi service, the cause is usually the identification method. Try another method, or check your bank's or mobile operator's announcements for service disruptions.",
          'If nothing helps, send a support request to Opin.fi support. Tell us which identification method and browser you used and what error message you saw.',
        ),
        links: [
          {
            label: 'Suomi.fi: help with identification',
            url: 'https://www.suomi.fi/instructions-and-support/identification',
          },
        ],
      },
    },
  },
  {
    id: 'sign-in-institution-account',
    topicIds: ['sign-in'],
    translations: {
      fi: {
        title: 'Kirjautuminen korkeakoulun käyttäjätunnuksella',
        summary:
          'Jos opiskelet tai työskentelet korkeakoulussa, voit kirjautua Opin.fi-palveluun oman korkeakoulusi tunnuksilla Haka-kirjautumisen kautta.',
        body: paragraphs(
          'Valitse kirjautumissivulla Haka-kirjautuminen ja etsi listasta oma korkeakoulusi. Kirjaudu samalla käyttäjätunnuksella ja salasanalla, joilla kirjaudut korkeakoulusi muihin palveluihin.',
          'Jos salasanasi ei kelpaa, se on voinut vanhentua. Vaihda salasana korkeakoulusi ohjeiden mukaan ja odota noin vartti ennen kuin yrität uudelleen.',
          'Jos korkeakoulu ilmoittaa, ettei sinulla ole oikeutta palveluun, käyttäjätunnuksesi on ehkä suljettu esimerkiksi opinto-oikeuden päätyttyä. Voit silloin kirjautua Suomi.fi-tunnistuksella.',
        ),
      },
      sv: {
        title: 'Inloggning med högskolans användarkonto',
        summary:
          'Om du studerar eller arbetar vid en högskola kan du logga in på Opin.fi med din högskolas användarnamn via Haka-inloggningen.',
        body: paragraphs(
          'Välj Haka-inloggning på inloggningssidan och leta upp din högskola i listan. Logga in med samma användarnamn och lösenord som du använder i högskolans övriga tjänster.',
          'Om lösenordet inte godkänns kan det ha gått ut. Byt lösenord enligt högskolans anvisningar och vänta en kvart innan du försöker igen.',
          'Om högskolan meddelar att du saknar behörighet till tjänsten kan ditt användarkonto ha stängts, till exempel efter att din studierätt har upphört. Då kan du logga in med Suomi.fi-identifikation i stället.',
        ),
      },
      en: {
        title: "Signing in with your institution's user account",
        summary:
          "If you study or work at a higher education institution, you can sign in to Opin.fi with your institution's account through Haka.",
        body: paragraphs(
          "Choose Haka sign-in on the sign-in page and find your institution in the list. Use the same username and password as for your institution's other services.",
          "If your password is not accepted, it may have expired. Change it following your institution's instructions and wait about fifteen minutes before trying again.",
          'If your institution says you have no access to the service, your account may have been closed, for example after your study right ended. You can then sign in with Suomi.fi identification instead.',
        ),
      },
    },
  },
  {
    id: 'clear-cookies-and-try-another-browser',
    topicIds: ['sign-in', 'search-broken'],
    translations: {
      fi: {
        title: 'Tyhjennä evästeet ja kokeile toista selainta',
        summary:
          'Moni kirjautumisen ja sivujen latautumisen ongelma korjaantuu, kun tyhjennät selaimen välimuistin ja evästeet.',
        body: paragraphs(
          'Sulje kaikki välilehdet, joissa Opin.fi on auki. Tyhjennä selaimen asetuksista evästeet ja välimuisti vähintään viimeisen vuorokauden ajalta ja käynnistä selain uudelleen.',
          'Jos ongelma jatkuu, kokeile toista selainta tai selaimen yksityistä ikkunaa. Opin.fi toimii Chromen, Firefoxin, Edgen ja Safarin uusimmilla versioilla.',
          'Poista hetkeksi käytöstä selaimen lisäosat, kuten mainosten esto. Ne voivat estää kirjautumisen tai hakutulosten latautumisen.',
          'Jos sama vika toistuu kaikissa selaimissa, kirjoita virheilmoituksen teksti sellaisenaan tukipyyntöösi.',
        ),
      },
      sv: {
        title: 'Töm kakorna och pröva en annan webbläsare',
        summary:
          'Många problem med inloggningen och med sidor som inte laddas löser sig när du tömmer webbläsarens cacheminne och kakor.',
        body: paragraphs(
          'Stäng alla flikar där Opin.fi är öppet. Töm kakorna och cacheminnet i webbläsarens inställningar, åtminstone för det senaste dygnet, och starta om webbläsaren.',
          'Om problemet kvarstår kan du pröva en annan webbläsare eller ett privat fönster. Opin.fi fungerar med de senaste versionerna av Chrome, Firefox, Edge och Safari.',
          'Stäng tillfälligt av webbläsarens tillägg, till exempel annonsblockerare. De kan hindra inloggningen eller göra att sökresultaten inte laddas.',
          'Om samma fel upprepas i alla webbläsare, skriv av felmeddelandet ordagrant i ditt ärende.',
        ),
      },
      en: {
        title: 'Clear cookies and try another browser',
        summary:
          "Many sign-in and page loading problems go away once you clear your browser's cache and cookies.",
        body: paragraphs(
          "Close every tab where Opin.fi is open. Clear cookies and cached files in your browser's settings, at least for the last 24 hours, and restart the browser.",
          'If the problem continues, try another browser or a private window. Opin.fi works with the latest versions of Chrome, Firefox, Edge and Safari.',
          'Turn off browser extensions such as ad blockers for a moment. They can block the sign-in or stop search results from loading.',
          'If the same fault appears in every browser, copy the exact text of the error message into your support request.',
        ),
      },
    },
  },
];
