/**
 * Seed articles about the study right and about fees and invoices.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const studyRightArticles: readonly SeedArticle[] = [
  {
    id: 'how-long-is-my-study-right-valid',
    topicIds: ['study-right-and-fees'],
    translations: {
      fi: {
        title: 'Kuinka kauan opinto-oikeuteni on voimassa?',
        summary: 'Opinto-oikeuden kesto riippuu siitä, millaisiin opintoihin olet ilmoittautunut.',
        body: paragraphs(
          'Kun ilmoittaudut yksittäiselle opintojaksolle, opinto-oikeus on yleensä voimassa opintojakson ajan ja vielä jonkin aikaa sen jälkeen, jotta ehdit osallistua uusintatenttiin. Tarkka päättymispäivä näkyy ilmoittautumisen vahvistuksessa.',
          'Jos opinto-oikeutesi on päättynyt mutta sinulta puuttuu vielä suorituksia, ota yhteyttä korkeakoulun opintopalveluihin. Opinto-oikeutta voidaan joissakin tapauksissa jatkaa.',
          'Korkeakoulun käyttäjätunnus suljetaan yleensä muutaman viikon kuluttua opinto-oikeuden päättymisestä. Tallenna tarvitsemasi materiaalit ja todistukset ajoissa.',
        ),
      },
      sv: {
        title: 'Hur länge gäller min studierätt?',
        summary: 'Hur länge studierätten gäller beror på vilka studier du har anmält dig till.',
        body: paragraphs(
          'När du anmäler dig till en enskild kurs gäller studierätten oftast under kursen och en tid efteråt, så att du hinner delta i en omtentamen. Det exakta slutdatumet framgår av bekräftelsen på din anmälan.',
          'Om din studierätt har upphört men du fortfarande saknar prestationer, kontakta högskolans studieservice. I vissa fall kan studierätten förlängas.',
          'Ditt användarkonto vid högskolan stängs oftast några veckor efter att studierätten har upphört. Spara det material och de intyg du behöver i god tid.',
        ),
      },
      en: {
        title: 'How long is my study right valid?',
        summary: 'How long your study right lasts depends on the studies you have enrolled in.',
        body: paragraphs(
          'When you enrol in a single course, your study right usually lasts for the course and for some time after it, so that you can take a resit. The exact end date is shown in your enrolment confirmation.',
          "If your study right has ended but you still have studies to complete, contact the institution's student services. In some cases the study right can be extended.",
          'Your user account at the institution is usually closed a few weeks after your study right ends. Save the materials and certificates you need in good time.',
        ),
      },
    },
  },
  {
    id: 'course-fees-and-invoices',
    topicIds: ['study-right-and-fees'],
    translations: {
      fi: {
        title: 'Opintojen maksut ja laskut',
        summary:
          'Mitä opinnot maksavat ja mitä teet, jos lasku on väärin tai maksaminen epäonnistuu.',
        body: paragraphs(
          'Opintojakson hinta näkyy sen sivulla Opin.fi-palvelussa. Korkeakoulu päättää hinnoista itse, ja maksu maksetaan aina suoraan korkeakoululle.',
          'Jos maksoit verkkopankissa mutta ilmoittautumista ei vahvistettu, älä maksa uudelleen. Tarkista tiliotteelta, onko summa veloitettu, ja ota yhteyttä korkeakouluun tukipyynnöllä.',
          'Jos tarvitset laskun esimerkiksi työnantajallesi, pyydä sitä korkeakoululta ennen ilmoittautumista. Kerro laskutustiedot ja opintojakson nimi.',
          'Jos perut ilmoittautumisesi, korkeakoulu päättää peruutusehtojensa mukaan, palautetaanko maksu.',
        ),
      },
      sv: {
        title: 'Avgifter och fakturor för studier',
        summary:
          'Vad studierna kostar och vad du gör om fakturan är fel eller om betalningen misslyckas.',
        body: paragraphs(
          'Kursens pris syns på kurssidan i Opin.fi. Högskolan bestämmer själv sina priser, och avgiften betalas alltid direkt till högskolan.',
          'Om du har betalat i nätbanken men anmälan inte har bekräftats, betala inte på nytt. Kontrollera på kontoutdraget om beloppet har debiterats och kontakta högskolan genom att lämna ett ärende.',
          'Om du behöver en faktura, till exempel till din arbetsgivare, be högskolan om den innan du anmäler dig. Uppge faktureringsuppgifterna och kursens namn.',
          'Om du annullerar din anmälan avgör högskolan enligt sina egna villkor om avgiften betalas tillbaka.',
        ),
      },
      en: {
        title: 'Course fees and invoices',
        summary: 'What studies cost and what to do if an invoice is wrong or a payment fails.',
        body: paragraphs(
          'The price of a course is shown on its page on Opin.fi. Each institution sets its own prices, and fees are always paid directly to the institution.',
          'If you paid in your online bank but your enrolment was not confirmed, do not pay again. Check your bank statement to see whether the amount was charged, and contact the institution with a support request.',
          'If you need an invoice, for example for your employer, ask the institution for it before you enrol. Give your billing details and the name of the course.',
          'If you cancel your enrolment, the institution decides under its own cancellation terms whether the fee is refunded.',
        ),
      },
    },
  },
];
