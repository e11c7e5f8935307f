/**
 * Seed articles about accessibility arrangements in studies.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const accessibilityArticles: readonly SeedArticle[] = [
  {
    id: 'applying-for-accessibility-arrangements',
    topicIds: ['accessibility-arrangements'],
    translations: {
      fi: {
        title: 'Näin haet erityisjärjestelyjä',
        summary: 'Erityisjärjestelyjä haetaan siitä korkeakoulusta, jonka opintoihin osallistut.',
        body: paragraphs(
          'Erityisjärjestely voi olla esimerkiksi lisäaika tentissä, erillinen tenttitila, luentomateriaalit etukäteen tai tekstitetyt videot. Järjestelyjä haetaan siitä korkeakoulusta, jonka opintojaksolle olet ilmoittautunut.',
          'Hae järjestelyjä hyvissä ajoin, mieluiten heti ilmoittautumisen jälkeen. Korkeakoulu voi pyytää lausunnon tai muun selvityksen tarpeestasi.',
          'Voit lähettää pyynnön myös tämän palvelun kautta. Se välitetään korkeakoulussa erityisjärjestelyistä vastaavalle henkilölle, joka ottaa sinuun yhteyttä.',
          'Älä kirjoita terveystietojasi tukipyyntöön. Kerro vain, millaisia järjestelyjä tarvitset. Korkeakoulu neuvoo, miten voit toimittaa selvitykset turvallisesti.',
        ),
      },
      sv: {
        title: 'Så ansöker du om särskilda arrangemang',
        summary: 'Du ansöker om särskilda arrangemang hos den högskola vars studier du deltar i.',
        body: paragraphs(
          'Särskilda arrangemang kan till exempel vara förlängd tentamenstid, en egen tentamenslokal, föreläsningsmaterial i förväg eller textade videor. Du ansöker om dem hos den högskola vars kurs du har anmält dig till.',
          'Ansök i god tid, helst genast efter att du har anmält dig. Högskolan kan be om ett utlåtande eller någon annan utredning av ditt behov.',
          'Du kan också skicka din begäran via den här tjänsten. Den förmedlas till den person vid högskolan som ansvarar för särskilda arrangemang och som sedan kontaktar dig.',
          'Skriv inte uppgifter om din hälsa i ärendet. Berätta bara vilka arrangemang du behöver. Högskolan berättar hur du kan lämna in utredningar på ett säkert sätt.',
        ),
      },
      en: {
        title: 'How to apply for accessibility arrangements',
        summary:
          'You apply for accessibility arrangements at the institution whose studies you take part in.',
        body: paragraphs(
          'Arrangements can include extra time in exams, a separate exam room, lecture materials in advance or subtitled videos. You apply for them at the institution whose course you have enrolled in.',
          'Apply in good time, ideally right after enrolling. The institution may ask for a statement or other evidence of your needs.',
          'You can also send your request through this service. It is passed on to the person at the institution who handles accessibility arrangements, who will then contact you.',
          'Do not write health information in your support request. Just tell us which arrangements you need. The institution will explain how to send any evidence securely.',
        ),
      },
    },
  },
  {
    id: 'abo-akademi-accessibility-arrangements',
    topicIds: ['accessibility-arrangements'],
    institutionId: 'abo-akademi',
    translations: {
      sv: {
        title: 'Särskilda arrangemang vid Åbo Akademi',
        summary:
          'Vid Åbo Akademi ansöker du om särskilda arrangemang hos studentservice innan kursen börjar.',
        body: paragraphs(
          'Om du deltar i en kurs vid Åbo Akademi via Opin.fi kan du ansöka om särskilda arrangemang på samma sätt som akademins egna studerande. Kontakta studentservice senast två veckor innan kursen börjar.',
          'Beskriv vilka arrangemang du behöver, till exempel förlängd tentamenstid eller material i tillgängligt format. Studentservice berättar vilka utredningar som behövs och hur du lämnar in dem.',
          'Beslutet gäller så länge din studierätt är giltig. Kom ihåg att informera kursens lärare om beslutet före den första tentamen.',
        ),
        links: [{ label: 'Studentservice vid Åbo Akademi', url: 'https://www.abo.fi/student/' }],
      },
      en: {
        title: 'Accessibility arrangements at Åbo Akademi',
        summary:
          'At Åbo Akademi, you apply for accessibility arrangements through Student Services before the course starts.',
        body: paragraphs(
          "If you take a course at Åbo Akademi through Opin.fi, you can apply for accessibility arrangements in the same way as the university's own students. Contact Student Services at least two weeks before the course starts.",
          'Describe the arrangements you need, such as extra exam time or materials in an accessible format. Student Services will tell you what evidence is needed and how to submit it.',
          'The decision is valid for as long as your study right. Remember to tell the course teacher about it before the first exam.',
        ),
        links: [
          { label: 'Student Services at Åbo Akademi', url: 'https://www.abo.fi/en/student/' },
        ],
      },
    },
  },
];
