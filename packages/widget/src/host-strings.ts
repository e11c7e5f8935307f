/**
 * The only strings the host element needs before the panel (and its locales) have loaded. The
 * panel's translations must say the same; a test compares them.
 * @internal
 */
import type { Locale } from '@opin/support-sdk';

/** The host element's strings in one language. */
export interface HostStrings {
  /** The launcher button's text and accessible name. */
  launcher: string;
  /** The dialog's accessible name. */
  dialog: string;
}

export const hostStrings: Record<Locale, HostStrings> = {
  fi: {
    launcher: 'Tarvitsetko apua?',
    dialog: 'Opin.fi-tuki',
  },
  sv: {
    launcher: 'Behöver du hjälp?',
    dialog: 'Opin.fi-supporten',
  },
  en: {
    launcher: 'Need help?',
    dialog: 'Opin.fi support',
  },
};
