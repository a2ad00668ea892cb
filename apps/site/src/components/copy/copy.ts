// Runs every "Kopiera" button on a page: copies the button's `data-copy` at the moment of the
// click (the builder changes it as the choices change) and says so in the button's own polite
// live region. No storage, no tracking.
export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    const status = button.nextElementSibling;
    let timer: number | undefined;
    button.addEventListener('click', () => {
      const say = (text: string) => {
        if (status) status.textContent = text;
        window.clearTimeout(timer);
        // Cleared later so that copying the same text again is announced again.
        timer = window.setTimeout(() => {
          if (status) status.textContent = '';
        }, 6000);
      };
      // navigator.clipboard is missing outside secure contexts (plain http on a LAN address).
      Promise.resolve()
        .then(() => navigator.clipboard.writeText(button.dataset.copy ?? ''))
        .then(() => {
          say(button.dataset.copied ?? '');
        })
        .catch(() => {
          say(button.dataset.failed ?? '');
        });
    });
  }
}
