// Between the studio's form and its choices: read the controls into choices, and put choices
// (from the address, or from "Hämta kitets text") back into the controls.
import { fieldNames, readChoices, type StudioChoices } from './state';

/** The partners the form offers (the ids of its list), for reading choices against. */
export function partnerIds(form: HTMLFormElement): string[] {
  const select = form.elements.namedItem(fieldNames.partner);
  return select instanceof HTMLSelectElement
    ? [...select.options].map((o) => o.value).filter(Boolean)
    : [];
}

/** The form's current choices (read through the same function as the address, so they agree). */
export function readForm(form: HTMLFormElement): StudioChoices {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') query.set(name, value);
  }
  // The organisation field is disabled (so not in FormData) while a partner is chosen.
  const organisation = form.elements.namedItem(fieldNames.organisation);
  if (organisation instanceof HTMLInputElement && organisation.disabled)
    query.delete(fieldNames.organisation);
  return readChoices(query, partnerIds(form));
}

/** Puts choices into the controls. */
export function fillForm(form: HTMLFormElement, choices: StudioChoices): void {
  for (const key of Object.keys(fieldNames) as (keyof StudioChoices)[]) {
    const control = form.elements.namedItem(fieldNames[key]);
    const value = choices[key];
    if (control instanceof RadioNodeList) control.value = String(value);
    else if (control instanceof HTMLInputElement && control.type === 'checkbox')
      control.checked = value === true;
    else if (
      control instanceof HTMLInputElement ||
      control instanceof HTMLTextAreaElement ||
      control instanceof HTMLSelectElement
    )
      control.value = typeof value === 'boolean' ? (value ? '1' : '') : value;
  }
}
