/** Where the CLI writes, and what time it is: injected so tests can run it in-process too. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly now: () => Date;
  /** Reads a file or, for "-", standard input. */
  readonly readText: (path: string) => string;
  /** Reads a file's bytes (`--holidays`: a Shift_JIS file must not be decoded as UTF-8 first). */
  readonly readBytes?: (path: string) => Uint8Array;
  /** The environment the language is read from (CS_POLICY_LANG, LC_ALL, LANG); default: the process's. */
  readonly env?: { readonly [name: string]: string | undefined };
  /** Runs `handler` once when the process receives `signal` (long-running commands: `serve`). */
  readonly onSignal?: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => void;
}

export type Lang = 'ja' | 'en';

/** Picks the text for the chosen language. */
export function pick(lang: Lang, text: { readonly ja: string; readonly en: string }): string {
  return text[lang];
}

/** JSON for `--json`: the value exactly as the library returns it, Dates as ISO strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/**
 * The text of a file's bytes: UTF-8, with a leading byte-order mark dropped (Windows tools write one) and
 * invalid UTF-8 refused rather than read as U+FFFD, which would let a corrupt file pass as a valid one.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    // ignoreBOM: false (the default) drops one leading U+FEFF.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('it is not valid UTF-8 text (save it as UTF-8)');
  }
  return text;
}
