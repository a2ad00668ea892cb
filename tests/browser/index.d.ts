import type { Browser } from 'playwright-core';

/** The Chromium executable: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Flags for headless Chromium as root on a machine without network. */
export declare const chromiumArgs: string[];
/** Launch options for playwright-core or @vitest/browser-playwright. */
export declare const launchOptions: { executablePath: string; args: string[] };
/** Starts the installed Chromium, headless. */
export declare function launchChromium(): Promise<Browser>;

/** A static file server on loopback, serving `root` under `mount` (default `/`). */
export declare function serveFolder(
  root: string,
  mount?: string,
): Promise<{
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The origin plus the mount, ending in `/`. */
  base: string;
  /** Every path requested, for checking what a page asked for. */
  requested: Set<string>;
  close: () => Promise<void>;
}>;
