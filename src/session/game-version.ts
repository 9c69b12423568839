// The game's version, as package.json says (a test holds them equal). It goes into every export, so the
// facilitator's page can tell a run made by another version of the game, whose score may differ.

export const GAME_VERSION = '0.1.0';
