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
