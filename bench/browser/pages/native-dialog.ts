/**
 * The baseline for the open timing: a plain button that opens a native modal `<dialog>` with
 * content like the widget's first step and focuses its heading.
 * @internal
 */
const dialog = document.querySelector<HTMLDialogElement>('#bench-native-dialog');
const heading = document.querySelector<HTMLElement>('#bench-native-heading');
const opener = document.querySelector<HTMLButtonElement>('#bench-native-open');

if (dialog && heading && opener) {
  opener.addEventListener('click', () => {
    dialog.showModal();
    heading.focus();
  });
  document.querySelector('#bench-native-close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
}
