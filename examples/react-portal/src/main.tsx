/**
 * A small portal page in React 19 with `<OpinSupport>` (`@opin/support-widget/react`): typed
 * props set as the element's properties, and `onOpinTicketCreated` keeping the last ticket id in
 * React state.
 */
import { OpinSupport } from '@opin/support-widget/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { demoApiBase, demoLang } from './page-address.js';

function PortalPage() {
  const [ticketId, setTicketId] = useState<string | null>(null);
  return (
    <>
      <main id="main">
        <h1>Opin.fi (demo) – React</h1>
        <p>
          Tämä sivu on React-sovellus, joka käyttää tukea React-komponenttina{' '}
          <code>&lt;OpinSupport&gt;</code>. Avaa tuki oikean alakulman painikkeesta ja lähetä
          tukipyyntö: sen tunnus näkyy alla.
        </p>
        <p className="last-ticket" aria-live="polite">
          Viimeksi lähetetty tukipyyntö:{' '}
          <strong id="last-ticket">{ticketId ?? 'ei vielä yhtään'}</strong>
        </p>
      </main>
      <footer>
        <p>
          Opin.fi-tuen demo – sivu keskustelee vain paikallisen mock-rajapinnan kanssa.{' '}
          <a href="/" lang="en">
            All examples
          </a>
        </p>
      </footer>
      <OpinSupport
        id="support"
        apiBase={demoApiBase(location.search)}
        origin="opin"
        lang={demoLang(location.search)}
        onOpinTicketCreated={(event) => setTicketId(event.detail.id)}
      />
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
createRoot(root).render(
  <StrictMode>
    <PortalPage />
  </StrictMode>,
);
