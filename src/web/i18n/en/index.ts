import { enPages } from './pages.js';
import { enShell } from './shell.js';

/** English strings. The Arabic files must have the same keys: their types are derived from these objects. */
export const en = { ...enShell, ...enPages };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ShellStrings = Widen<typeof enShell>;
export type PageStrings = Widen<typeof enPages>;
