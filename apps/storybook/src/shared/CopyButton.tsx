import { useEffect, useRef, useState } from 'react';

type Locale = 'sv' | 'en';
const words = {
  sv: {
    copy: 'Kopiera',
    done: 'Kopierat till urklipp.',
    failed: 'Kunde inte kopiera. Markera texten och kopiera den själv.',
  },
  en: {
    copy: 'Copy',
    done: 'Copied to the clipboard.',
    failed: 'Could not copy. Select the text and copy it yourself.',
  },
};

export interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  text: string;
  /** What is copied, for screen readers (the visible label is just "Kopiera"). */
  what: string;
  locale?: Locale;
}

/**
 * A native button that copies `text` with the Clipboard API and says so in its own polite live
 * region, so the confirmation is both visible and announced. No storage, no tracking.
 */
export function CopyButton({ text, what, locale = 'sv' }: CopyButtonProps) {
  const t = words[locale];
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    try {
      // navigator.clipboard is missing outside secure contexts (plain http on a LAN address).
      if (!('clipboard' in navigator)) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus(t.done);
    } catch {
      setStatus(t.failed);
    }
    window.clearTimeout(timer.current);
    // Clear later so that a second copy of the same text is announced again.
    timer.current = window.setTimeout(() => {
      setStatus('');
    }, 5000);
  };

  return (
    <span className="sb-copy">
      <button type="button" className="sb-button" onClick={() => void copy()}>
        {t.copy}
        <span className="sb-visually-hidden">: {what}</span>
      </button>
      <span role="status" className="sb-copy__status">
        {status}
      </span>
    </span>
  );
}
