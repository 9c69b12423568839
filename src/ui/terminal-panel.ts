// The terminal: type shell-like commands (dsh, ssh, curl, knife, yum…) that become simulation commands,
// with help, history (up and down), tab completion and clear errors. Answers from the world — what an
// ssh look found, a refused command, a fan-out finishing — are printed back here.
//
// It is entered and left on purpose (WCAG 2.1.2, no keyboard trap): T enters it, Esc leaves it (the
// screen's keys answer again), and Tab completes only a line being typed; on an empty line, or on one
// reached by Tab through the page, Tab and Shift+Tab move the focus on, as everywhere else on the page.

import type { Command } from '../sim/commands';
import type { SimEvent } from '../sim/events';
import { describeEvent } from '../session/describe-event';
import { completeTerminalLine, tabCompletes } from '../terminal/complete-terminal-line';
import { parseTerminalLine } from '../terminal/parse-terminal-line';
import { interruptLine } from '../terminal/parse-stops';
import type { TerminalContext } from '../terminal/terminal-context';
import { Feed } from './feed';
import { FACILITATOR } from './live-controls';

/** Events that answer something the player asked for, so they belong in the terminal. */
const ANSWERS = new Set<SimEvent['type']>([
  'command-refused',
  'change-approved',
  'change-held',
  'change-evidence-found',
  'incident-averted',
  'task-stopped',
  'job-stopped',
  'intent-refused',
  'task-started',
  'task-finished',
  'host-checked',
  'site-viewed',
  'lb-stats-read',
  'mirror-checked',
  'pin-upload-started',
  'pin-changed',
  'cookbook-fix-upload-started',
  'cookbook-fixed',
  'staging-test-started',
  'staging-test-finished',
  'feature-flag-set',
  'status-page-updated',
  'chef-paused',
  'chef-resumed',
  'chef-server-overloaded',
  'chef-server-recovered',
]);

export class TerminalPanel {
  private readonly feed: Feed;
  readonly input: HTMLInputElement;
  private readonly history: string[] = [];
  private historyIndex = 0;
  /** Entered with T or a click, or typed in since the focus came: Tab then completes (tabCompletes). */
  private typingHere = false;

  constructor(
    readonly element: HTMLElement,
    private readonly context: TerminalContext,
    private readonly submit: (command: Command) => void,
    /** The first line it prints: what to try (a team seat names its own commands instead). */
    intro?: string,
  ) {
    element.innerHTML = `<header><h3>Terminal</h3><span class="dim" id="terminal-keys"><kbd>T</kbd> to type · <kbd>Tab</kbd> completes · <kbd>Esc</kbd> back to the game</span></header>
      <div class="feed terminal-feed"></div>
      <label class="prompt"><span aria-hidden="true">oncall@ops:~$</span><input type="text" spellcheck="false" autocomplete="off" aria-label="Terminal command" aria-describedby="terminal-keys" /></label>`;
    this.feed = new Feed(element.querySelector('.terminal-feed')!, 300, 'Terminal output');
    this.input = element.querySelector('input')!;
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('input', () => (this.typingHere = true));
    this.input.addEventListener('pointerdown', () => (this.typingHere = true));
    this.input.addEventListener('blur', () => (this.typingHere = false));
    const example = context.hostNames.find((name) => name.startsWith('web-')) ?? context.hostNames[0] ?? 'web-01';
    this.print(intro ?? `Type help for the commands. Try: ssh ${example}, or dsh -g web -F 25 chef-client`, 'dim');
  }

  /** T: into the terminal to type, so Tab completes whatever is on the line. */
  focus(): void {
    this.input.focus();
    this.typingHere = true;
  }

  print(text: string, className = ''): void {
    this.feed.add(text, className);
  }

  /** Shows a command given some other way (a key, a click) as the line that would have typed it. */
  echo(line: string): void {
    this.print(`$ ${line}`, 'typed');
  }

  take(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (!ANSWERS.has(event.type)) continue;
      // The player's own answers, and the facilitator's at the same keyboard (an injection refused says why).
      if ('by' in event && event.by !== 'player' && event.by !== FACILITATOR && event.type !== 'staging-test-finished') continue;
      const text = describeEvent(event);
      if (text) this.print(text, event.type === 'command-refused' ? 'error' : 'answer');
    }
  }

  /** Whether a fan-out of the player's has hosts left to reach: Ctrl-C then stops it, as it stops dsh. */
  fanOutRunning = false;

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey && !event.altKey && !event.metaKey && event.key.toLowerCase() === 'c' && !window.getSelection()?.toString()) {
      // Ctrl-C: with text selected it copies, as everywhere; otherwise it interrupts, as in a shell.
      event.preventDefault();
      this.interrupt();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.run(this.input.value);
    } else if (event.key === 'Tab' && !event.shiftKey && tabCompletes(this.input.value, this.typingHere)) {
      event.preventDefault();
      const completion = completeTerminalLine(this.input.value, this.context);
      this.input.value = completion.line;
      if (completion.options.length > 1) this.print(completion.options.join('  '), 'dim');
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.historyIndex = Math.max(0, Math.min(this.history.length, this.historyIndex + (event.key === 'ArrowUp' ? -1 : 1)));
      this.input.value = this.history[this.historyIndex] ?? '';
      this.typingHere = true;
    } else if (event.key === 'Escape') {
      this.input.blur();
    }
    event.stopPropagation();
  }

  private interrupt(): void {
    const typed = this.input.value;
    this.input.value = '';
    const result = interruptLine(this.fanOutRunning);
    this.print(`$ ${typed}^C`, 'typed');
    if (result.kind === 'command') {
      this.submit(result.command);
      this.print(result.echo, 'answer');
    }
  }

  private run(line: string): void {
    this.input.value = '';
    if (line.trim() !== '') this.history.push(line);
    this.historyIndex = this.history.length;
    const result = parseTerminalLine(line, this.context);
    if (result.kind !== 'empty') this.print(`$ ${line}`, 'typed');
    switch (result.kind) {
      case 'command':
        this.submit(result.command);
        this.print(result.echo, 'answer');
        return;
      case 'help':
        for (const text of result.lines) this.print(text, 'help');
        return;
      case 'clear':
        this.feed.clear();
        return;
      case 'error':
        this.print(result.message, 'error');
        return;
      case 'empty':
        return;
    }
  }
}
