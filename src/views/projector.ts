// Whether the page is in projector mode (a room reading the game off a wall at 1920x1080): the canvas's
// views read it when they lay themselves out, for larger tiles and labels. Plain state, set once the page
// knows the saved setting and its options (ui/projector-mode), and again when the title's toggle flips it.

let projector = false;

export function isProjector(): boolean {
  return projector;
}

export function setProjector(on: boolean): void {
  projector = on;
}
