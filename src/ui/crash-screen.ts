// The crash screen: when anything throws and nobody catches it (a Phaser scene's create or update, an
// event handler, a promise), the player sees what happened in plain words instead of a frozen or blank
// page, can download the run so far as a replay file, and can go back to the title. It is plain DOM and
// needs nothing else to work: an error before the game is even built still gets it.

import type { CurrentRun } from '../session/current-run';
import { download } from './download';
import { describeError } from './safe-storage';
import { escapeHtml } from './ui-layer';

/** What the screen is connected to once the game is built (main.ts). */
export interface CrashContext {
  /** Where the screen is shown: the UI layer's overlay, which every screen keeps. */
  mount: HTMLElement;
  /** The run being played, if any. */
  run(): CurrentRun | null;
  /** Stops the game moving underneath the screen. */
  pause(): void;
  /** Back to the title in this page; throws if it cannot (then the page reloads to the title). */
  backToTitle(): void;
  /** Told each time the screen comes up or goes (the browser tests' hook). */
  changed(crash: { message: string; runKept: boolean } | null): void;
  /** Whether the run may be downloaded (not at a booth's kiosk, where nobody would take the file); yes unless false. */
  downloads?: boolean;
  /** Goes back by itself after this long (a kiosk nobody attends), as if the player had pressed T. */
  recoverAfterMs?: number;
  /** Where T goes back to, as the button says it ("the title" unless given). */
  backTo?: string;
}

/** What the screen keeps of the run at the moment of the crash, so a scene shutting down later cannot take it. */
interface KeptRun {
  fileName: string;
  text: string;
  commands: number;
  gameSeconds: number;
  levelTitle: string;
  seed: number;
}

/** Errors the browser reports that are not the game's and break nothing. */
const HARMLESS = [/^ResizeObserver loop/];

export class CrashScreen {
  private context: CrashContext | null = null;
  private panel: HTMLElement | null = null;
  private kept: KeptRun | null = null;
  private more = 0;
  /** A crash while going back to the title means this page cannot recover: the next way back reloads it. */
  private recovering = false;
  private reloadNext = false;
  /** The screen itself failed once: it stays out of the way rather than fail again on every error. */
  private broken = false;
  private readonly onKey = (event: KeyboardEvent): void => this.key(event);

  constructor(
    private readonly fallbackMount: () => HTMLElement,
    private readonly reloadToTitle: () => void,
  ) {}

  /** Hears every uncaught error and unhandled rejection of the page. */
  listen(target: Window): void {
    target.addEventListener('error', (event) => {
      if (HARMLESS.some((pattern) => pattern.test(event.message ?? ''))) return;
      this.showSafely(event.error ?? event.message, 'error');
    });
    target.addEventListener('unhandledrejection', (event) => this.showSafely(event.reason, 'rejection'));
  }

  private showSafely(error: unknown, kind: 'error' | 'rejection'): void {
    if (this.broken) return;
    try {
      this.show(error, kind);
    } catch {
      this.broken = true;
    }
  }

  connect(context: CrashContext): void {
    this.context = context;
  }

  get shown(): boolean {
    return this.panel !== null;
  }

  /** Shows the screen for this error; a second error while it is up is only counted. */
  show(error: unknown, kind: 'error' | 'rejection' = 'error'): void {
    if (this.recovering) this.reloadNext = true;
    if (this.panel) {
      this.more++;
      const more = this.panel.querySelector('.crash-more');
      if (more) more.textContent = `${this.more} more error${this.more === 1 ? '' : 's'} followed; the first is shown.`;
      return;
    }
    try {
      this.context?.pause();
    } catch {
      // The game may be too broken to pause; the screen covers it anyway.
    }
    this.kept = this.context?.downloads === false ? null : this.keepRun();
    const message = kind === 'rejection' ? `${describeError(error)} (in a task that was never finished)` : describeError(error);
    const mount = this.context?.mount ?? this.fallbackMount();
    const panel = document.createElement('div');
    panel.className = this.context ? 'crash-screen' : 'crash-screen crash-screen-standalone';
    panel.setAttribute('role', 'alertdialog');
    panel.setAttribute('aria-labelledby', 'crash-title');
    panel.tabIndex = -1;
    panel.innerHTML = this.html(message, stackOf(error));
    panel.querySelector('[data-do="download"]')?.addEventListener('click', () => this.download());
    panel.querySelector('[data-do="title"]')?.addEventListener('click', () => this.toTitle());
    mount.appendChild(panel);
    this.panel = panel;
    // Whatever had the keyboard (the terminal, a menu) must not take keys meant for this screen.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    panel.focus({ preventScroll: true });
    window.addEventListener('keydown', this.onKey, { capture: true });
    this.context?.changed({ message, runKept: this.kept !== null });
    const recoverMs = this.context?.recoverAfterMs;
    if (recoverMs !== undefined) {
      setTimeout(() => {
        if (this.panel === panel) this.toTitle();
      }, recoverMs);
    }
  }

  private html(message: string, stack: string | null): string {
    const kept = this.kept;
    const runText = kept
      ? `Your run so far is kept: ${escapeHtml(kept.levelTitle)}, seed ${kept.seed}, ${kept.commands} command${kept.commands === 1 ? '' : 's'} in ${gameTime(kept.gameSeconds)} of game time.
         Download it as a replay file before you go: <code>npm run sim -- --replay</code> plays it again, and it helps whoever fixes this.`
      : this.context?.downloads === false
        ? 'The game goes back to its start by itself in a moment.'
        : 'No shift was being played, so nothing is lost.';
    return `<div class="crash-panel">
      <h2 id="crash-title">Something went wrong, and the game stopped</h2>
      <p>This is a fault in the game, not something you did. What happened:</p>
      <p class="crash-message">${escapeHtml(message)}</p>
      <p class="crash-more dim"></p>
      <p class="crash-run">${runText}</p>
      <div class="menu-buttons crash-buttons">
        ${kept ? '<button class="primary" data-do="download"><kbd>D</kbd>Download the run (replay)</button>' : ''}
        <button${kept ? '' : ' class="primary"'} data-do="title"><kbd>T</kbd>Back to ${escapeHtml(this.context?.backTo ?? 'the title')}</button>
      </div>
      ${stack ? `<details class="crash-details"><summary>Technical details, for a bug report</summary><pre>${escapeHtml(stack)}</pre></details>` : ''}
      </div>`;
  }

  private keepRun(): KeptRun | null {
    try {
      const run = this.context?.run() ?? null;
      if (!run) return null;
      return {
        fileName: run.fileName,
        text: `${JSON.stringify(run.replay(), null, 2)}\n`,
        commands: run.commandCount(),
        gameSeconds: run.gameSeconds(),
        levelTitle: run.levelTitle,
        seed: run.seed,
      };
    } catch {
      // The run itself may be what broke: the screen still comes up, without it.
      return null;
    }
  }

  private key(event: KeyboardEvent): void {
    if (!this.panel) return;
    const target = event.target as HTMLElement | null;
    // A focused button answers Enter and Space itself; the details' summary likewise.
    if ((target?.tagName === 'BUTTON' || target?.tagName === 'SUMMARY') && (event.key === 'Enter' || event.key === ' ')) return;
    // Nothing underneath may act while the game is stopped: every key stops here.
    event.stopImmediatePropagation();
    if (event.ctrlKey || event.metaKey || event.altKey || event.key === 'Tab') return;
    event.preventDefault();
    const key = event.key.toLowerCase();
    if (key === 'd') this.download();
    else if (key === 't') this.toTitle();
  }

  private download(): void {
    if (!this.kept) return;
    download(this.kept.fileName, this.kept.text, 'application/json');
  }

  private toTitle(): void {
    const context = this.context;
    this.hide();
    if (!context || this.reloadNext) return this.reloadToTitle();
    this.recovering = true;
    try {
      context.backToTitle();
    } catch {
      return this.reloadToTitle();
    }
    // A crash during the next moments is the same fault again: say so, and let the next way back reload.
    setTimeout(() => (this.recovering = false), 3000);
  }

  private hide(): void {
    window.removeEventListener('keydown', this.onKey, { capture: true });
    this.panel?.remove();
    this.panel = null;
    this.kept = null;
    this.more = 0;
    this.context?.changed(null);
  }
}

/** "40 seconds", "1 minute", "12 minutes". */
function gameTime(seconds: number): string {
  const [count, unit] = seconds < 60 ? [Math.floor(seconds), 'second'] : [Math.floor(seconds / 60), 'minute'];
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** The stack for the details (never the main text), without the first line that repeats the message. */
function stackOf(error: unknown): string | null {
  if (!(error instanceof Error) || !error.stack) return null;
  return error.stack.length > 4000 ? `${error.stack.slice(0, 3999)}…` : error.stack;
}
