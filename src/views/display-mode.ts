// The display choices the canvas's views must know when they draw (ui/display-settings sets them from the
// saved settings and the browser): which palette the colours and host glyphs come from, and whether
// motion is reduced (still cats, still traffic dots). Plain state, like views/projector, so the views
// never reach into the DOM layer or the settings store.

export type CanvasPalette = 'standard' | 'colour-blind' | 'high-contrast';

let paletteChoice: CanvasPalette = 'standard';
let reducedMotion = false;

export function canvasPalette(): CanvasPalette {
  return paletteChoice;
}

export function setCanvasPalette(choice: CanvasPalette): void {
  paletteChoice = choice;
}

export function isMotionReduced(): boolean {
  return reducedMotion;
}

export function setMotionReduced(on: boolean): void {
  reducedMotion = on;
}
