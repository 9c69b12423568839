// The type of `virtual:levels`, the module scripts/levels-plugin.ts makes at build time (and in the dev
// server) from levels/*.json: the levels that passed every check, and the problems of those left out.
// A script, not a module (no top-level import or export), so that this declares the module's name.

declare module 'virtual:levels' {
  /** Checked levels, the faithful one first, the rest by title. */
  export const levels: import('./level').Level[];
  /** One line a problem: the file, the JSON path and what is wrong; the title screen shows them. */
  export const problems: string[];
}
