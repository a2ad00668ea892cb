import type { Browser } from 'playwright-core';

/** The Chromium executable: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export declare const chromiumPath: string;
/** Flags for headless Chromium as root on a machine without network. */
export declare const chromiumArgs: string[];
/** Launch options for playwright-core or @vitest/browser-playwright. */
export declare const launchOptions: { executablePath: string; args: string[] };
/**
 * How long one browser step (navigation, wait, click) may take, in ms: a ceiling for a busy
 * 2-core machine, not a wait.
 */
export declare const browserPatience: number;
/** A browser test's ceiling for vitest (testTimeout, hookTimeout): a few steps' worth. */
export declare const browserTestTimeout: number;
/**
 * Starts the installed Chromium, headless; its contexts and pages wait up to
 * {@link browserPatience} for each step.
 * @param extraArgs flags added to {@link chromiumArgs}
 * @param options.pinFonts the browser sees only DejaVu from npm, never the machine's fonts, so
 *   that screenshots match on any machine (pinned-fonts.js)
 */
export declare function launchChromium(
  extraArgs?: string[],
  options?: { pinFonts?: boolean },
): Promise<Browser>;

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

/** A request fault a CDN test can plant: an HTTP status, a dropped connection or a delay. */
export type Fault = { status: number } | { networkError: true } | { delayMs: number };

export interface Cdn {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Requests seen, as paths, in order. */
  log: string[];
  /** The same requests with the headers that matter for privacy. */
  seen: { path: string; referer?: string; cookie?: string }[];
  /** Make requests whose path ends with `suffix` fail or arrive late; `undefined` clears it. */
  fault(suffix: string, fault: Fault | undefined): void;
  close(): Promise<void>;
}

/**
 * A loopback server laid out like jsDelivr's mirror of npm: `/npm/<package>@<version or range>/<file>`,
 * gzip, CORS and cache headers like jsDelivr.
 * @param packages package name → folder holding its package.json
 */
export declare function serveCdn(packages: Record<string, string>): Promise<Cdn>;

export interface HostPage {
  body: string;
  /** @default 'text/html; charset=utf-8' */
  type?: string;
  /** Sent as the Content-Security-Policy header. */
  csp?: string;
}

export interface HostPages {
  origin: string;
  set(path: string, page: HostPage): void;
  close(): Promise<void>;
}

/** A loopback server for a partner's host pages, each with its own CSP header. */
export declare function serveHostPages(): Promise<HostPages>;
