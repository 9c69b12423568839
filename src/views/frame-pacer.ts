// Spaces out the canvas frames that the world's own changes ask for. On a laptop without a GPU every
// drawn frame of the incident costs tens of milliseconds (WebGL in software, then a copy back for the
// compositor), and at speed 8 the world changes eight times a second or more: drawing each change would
// leave no smooth frames at all. Changes from the clock are drawn at most every `everyMs`; what the player
// does (a click, a key, a pause) is drawn in the very next frame. An owed frame is never dropped.

export class FramePacer {
  private lastAt = -Infinity;
  private owed = false;

  /** `draw` brings the canvas up to date and asks the game for one frame (views/render-gate). */
  constructor(
    private readonly draw: () => void,
    private readonly everyMs: number,
  ) {}

  /** The world changed: drawn now if the last frame is old enough, otherwise once it is. */
  ask(nowMs: number): void {
    this.owed = true;
    this.settle(nowMs);
  }

  /** The player did something: drawn in the next frame, whatever the spacing. */
  askNow(nowMs: number): void {
    this.owed = true;
    this.lastAt = -Infinity;
    this.settle(nowMs);
  }

  /** Called every frame: grants the owed frame once the spacing has passed. */
  settle(nowMs: number): void {
    if (!this.owed || nowMs - this.lastAt < this.everyMs) return;
    this.owed = false;
    this.lastAt = nowMs;
    this.draw();
  }
}
