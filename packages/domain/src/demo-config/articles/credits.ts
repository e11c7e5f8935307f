/**
 * Seed articles about credits, grades, transcripts and recognition of prior studies.
 * @internal
 */
import type { SeedArticle } from '../types.js';
import { paragraphs } from './paragraphs.js';

export const creditsArticles: readonly SeedArticle[] = [
  {
    id: 'completed-course-missing',
    topicIds: ['credits-and-grades'],
    translations: {
      fi: {
        title: 'Suoritus puuttuu opintorekisteristä',
        summary:
          'Arvosanan kirjaaminen voi kestää useita viikkoja. Näin selvität, missä suoritus viipyy.',
        body: paragraphs(
          'Opettaja arvioi suorituksen yleensä kolmen viikon kuluessa tentistä tai viimeisestä palautuksesta. Sen jälkeen suoritus kirjataan korkeakoulun opintorekisteriin, mihin voi mennä vielä muutama päivä.',
          'Tarkista ensin korkeakoulun oppimisympäristöstä, onko arvosana julkaistu. Jos arvosana näkyy siellä mutta ei opintorekisterissä, kirjaaminen on vielä kesken.',
          'Jos suoritus ei näy kuukauden kuluttua, ota yhteyttä opintojakson opettajaan tai korkeakoulun opintopalveluihin. Kerro opintojakson nimi ja tunnus sekä suorituspäivä.',
          'Kun korkeakoulu on kirjannut suorituksen, näet sen myös Oma Opintopolku -palvelussa.',
        ),
      },
      sv: {
        title: 'En prestation saknas i studieregistret',
        summary:
          'Det kan ta flera veckor innan ett vitsord registreras. Så här tar du reda på var prestationen dröjer.',
        body: paragraphs(
          'Läraren bedömer prestationen oftast inom tre veckor efter tentamen eller den sista inlämningen. Därefter registreras prestationen i högskolans studieregister, vilket kan ta ytterligare några dagar.',
          'Kontrollera först på högskolans lärplattform om vitsordet har publicerats. Om vitsordet syns där men inte i studieregistret pågår registreringen fortfarande.',
          'Om prestationen inte syns efter en månad, kontakta kursens lärare eller högskolans studieservice. Uppge kursens namn och kod samt datum för prestationen.',
          'När högskolan har registrerat prestationen ser du den också i Min Studieinfo.',
        ),
      },
      en: {
        title: 'A completed course is missing from your records',
        summary:
          'Recording a grade can take several weeks. Here is how to find out where your course completion is.',
        body: paragraphs(
          "Teachers usually assess your work within three weeks of the exam or the last assignment. The completion is then recorded in the institution's study register, which can take a few more days.",
          "First check the institution's learning platform to see whether the grade has been published. If it shows there but not in the study register, recording is still in progress.",
          "If the completion is still missing after a month, contact the course teacher or the institution's student services. Give the course name and code and the date you completed it.",
          'Once the institution has recorded the completion, you can also see it in My Studyinfo.',
        ),
      },
    },
  },
  {
    id: 'transcript-of-records',
    topicIds: ['credits-and-grades'],
    translations: {
      fi: {
        title: 'Opintosuoritusote ja todistukset',
        summary:
          'Opintosuoritusotteen saat korkeakoulusta, ja kaikki korkeakouluopintosi näet Oma Opintopolku -palvelussa.',
        body: paragraphs(
          'Opintosuoritusote on korkeakoulun virallinen luettelo suorittamistasi opinnoista. Tulosta se korkeakoulun opintotietojärjestelmästä tai tilaa se opintopalveluista, jos sinulla ei enää ole käyttäjätunnusta.',
          'Kirjaudu Oma Opintopolku -palveluun Suomi.fi-tunnistuksella. Siellä näet kaikkien suomalaisten korkeakoulujen opintosuorituksesi yhdessä paikassa ja voit jakaa ne jakolinkillä esimerkiksi työnantajalle.',
          'Englanninkielisen otteen saat samasta paikasta kuin suomenkielisenkin. Jos tarvitset virallisen, allekirjoitetun todistuksen, tilaa se korkeakoulusta.',
        ),
        links: [{ label: 'Oma Opintopolku', url: 'https://opintopolku.fi/oma-opintopolku/' }],
      },
      sv: {
        title: 'Studieutdrag och intyg',
        summary:
          'Ett studieutdrag får du från högskolan, och alla dina högskolestudier ser du i Min Studieinfo.',
        body: paragraphs(
          'Ett studieutdrag är högskolans officiella förteckning över de studier du har avlagt. Skriv ut det i högskolans webbtjänst för studerande eller beställ det av studieservicen om du inte längre har något användarnamn.',
          'Logga in i Min Studieinfo med Suomi.fi-identifikation. Där ser du dina studieprestationer från alla finländska högskolor på ett ställe och kan dela dem via en länk, till exempel med en arbetsgivare.',
          'Ett engelskspråkigt utdrag får du på samma ställe som ett svenskt eller finskt. Om du behöver ett officiellt, undertecknat intyg ska du beställa det av högskolan.',
        ),
        links: [{ label: 'Min Studieinfo', url: 'https://studieinfo.fi/min-studieinfo/' }],
      },
      en: {
        title: 'Transcript of records and certificates',
        summary:
          'Your institution gives you a transcript of records, and My Studyinfo shows all your higher education studies.',
        body: paragraphs(
          "A transcript of records is the institution's official list of the studies you have completed. Print it from the institution's student web service, or order it from student services if you no longer have a username.",
          'Sign in to My Studyinfo with Suomi.fi identification. It shows your completed studies from every Finnish higher education institution in one place, and you can share them with a link, for example with an employer.',
          'An English transcript is available from the same place as the Finnish or Swedish one. If you need an official signed certificate, order it from the institution.',
        ),
        links: [{ label: 'My Studyinfo', url: 'https://studyinfo.fi/my-studyinfo/' }],
      },
    },
  },
  {
    id: 'asking-for-grade-review',
    topicIds: ['credits-and-grades'],
    translations: {
      fi: {
        title: 'Arvosanan oikaisupyyntö',
        summary:
          'Jos olet eri mieltä arvosanasta, voit pyytää siihen oikaisua opettajalta 14 päivän kuluessa.',
        body: paragraphs(
          'Pyydä ensin opettajalta perustelut arvosanalle. Sinulla on oikeus saada tietää, miten arviointiperusteita on sovellettu suoritukseesi, ja nähdä arvioitu suorituksesi.',
          'Jos olet edelleen tyytymätön, tee opettajalle kirjallinen oikaisupyyntö 14 päivän kuluessa siitä, kun sait tiedon arvosanasta ja mahdollisuuden tutustua arviointiperusteisiin.',
          'Opettajan päätökseen voit vielä hakea oikaisua korkeakoulun asianomaiselta toimielimeltä. Tarkista määräajat ja lomake oman korkeakoulusi ohjeista.',
        ),
      },
    },
  },
  {
    id: 'recognition-of-prior-studies',
    topicIds: ['transfer-credits', 'credits-and-grades'],
    translations: {
      fi: {
        title: 'Näin haet muualla suoritettujen opintojen hyväksilukemista',
        summary:
          'Muissa korkeakouluissa suoritettuja opintoja voi sisällyttää tutkintoon tai niillä voi korvata pakollisia opintoja.',
        body: paragraphs(
          'Jos olet tutkinto-opiskelija ja suoritat Opin.fi-palvelun kautta opintoja toisessa korkeakoulussa, voit hakea niiden hyväksilukemista omassa korkeakoulussasi. Hakemus tehdään aina siihen korkeakouluun, jonka tutkintoa suoritat.',
          'Sovi hyväksilukemisesta mieluiten etukäteen opintoneuvojan tai opettajatuutorin kanssa, niin tiedät, mihin kohtaan tutkintoa suoritus voidaan sijoittaa.',
          'Odota, että suoritus on kirjattu opintorekisteriin. Liitä hakemukseen opintosuoritusote tai jakolinkki Oma Opintopolku -palvelusta.',
        ),
      },
      sv: {
        title: 'Så ansöker du om tillgodoräknande av studier',
        summary:
          'Studier som du har avlagt vid andra högskolor kan ingå i din examen eller ersätta obligatoriska studier.',
        body: paragraphs(
          'Om du är examensstuderande och avlägger studier vid en annan högskola via Opin.fi kan du ansöka om att få tillgodoräkna dem vid din egen högskola. Ansökan lämnas alltid till den högskola där du avlägger din examen.',
          'Kom gärna överens om tillgodoräknandet på förhand med en studierådgivare eller lärartutor, så vet du var i examen prestationen kan placeras.',
          'Vänta tills prestationen har registrerats i studieregistret. Bifoga ett studieutdrag eller en delningslänk från Min Studieinfo till ansökan.',
        ),
      },
      en: {
        title: 'How to apply for recognition of studies completed elsewhere',
        summary:
          'Studies completed at other institutions can be included in your degree or replace compulsory studies.',
        body: paragraphs(
          'If you are a degree student and take studies at another institution through Opin.fi, you can apply to have them recognised at your own institution. The application always goes to the institution where you are completing your degree.',
          'It is best to agree on recognition in advance with a study adviser or teacher tutor, so you know where in your degree the completion can be placed.',
          'Wait until the completion has been recorded in the study register. Attach a transcript of records or a sharing link from My Studyinfo to your application.',
        ),
      },
    },
  },
];
