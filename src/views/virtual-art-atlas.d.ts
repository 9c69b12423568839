// The type of `virtual:art-atlas`, the module scripts/art-atlas-plugin.ts makes when the game is built or
// served: the canvas's art packed into one PNG, and where each piece is in it (Phaser's JSON-hash format).
// A script, not a module (no top-level import or export), so that this declares the module's name.

declare module 'virtual:art-atlas' {
  /** The PNG, as the page fetches it. */
  export const ATLAS_URL: string;
  /** One frame a piece of art, named as its SVG in assets/art, in the atlas's own (scaled) pixels. */
  export const ATLAS_FRAMES: { frames: Record<string, { frame: { x: number; y: number; w: number; h: number } }> };
}
