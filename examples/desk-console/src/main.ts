/**
 * Entry of the desk console (bundled by the examples' build): defines the elements; `index.html` holds
 * `<dc-desk-console-app>`.
 */
import type { DeskConsoleApp } from './components/desk-console-app.js';
import { defineConsoleElements } from './define.js';

defineConsoleElements();

declare global {
  interface HTMLElementTagNameMap {
    'dc-desk-console-app': DeskConsoleApp;
  }
}
