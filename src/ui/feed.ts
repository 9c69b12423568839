// A scrolling list of lines that keeps only its newest entries: the alert feed, the chat, the terminal.
// It follows new lines unless the reader has scrolled up to read something older. Lines go in at once;
// trimming and scrolling wait until the lines of this moment are all in, for every feed together: first
// every feed drops its oldest lines, then every feed that follows scrolls to its end. Scrolling makes the
// browser lay the page out, and done in that order it does so once, not once per line and feed.
// For keyboards and screen readers a feed is a log that can take focus (so it can be scrolled with the
// arrow keys) and has a name; it is not live itself, since the announcer (ui/announcer) says what
// matters once, without the noise.

const waiting = new Set<Feed>();

function settleAll(): void {
  const feeds = [...waiting];
  waiting.clear();
  for (const feed of feeds) feed.trim();
  // Past the end is clamped to the end: no need to read the height (another layout) to get there.
  for (const feed of feeds) if (feed.following) feed.element.scrollTop = Number.MAX_SAFE_INTEGER;
}

export class Feed {
  following = true;

  constructor(
    readonly element: HTMLElement,
    private readonly keep = 120,
    /** What a screen reader calls it: "Alert feed", "Chat in #ops". */
    name = 'Log',
  ) {
    element.tabIndex = 0;
    element.setAttribute('role', 'log');
    element.setAttribute('aria-live', 'off');
    element.setAttribute('aria-label', name);
    element.addEventListener('scroll', () => {
      this.following = element.scrollHeight - element.scrollTop - element.clientHeight < 30;
    });
  }

  add(text: string, className = ''): HTMLElement {
    const line = document.createElement('div');
    line.className = `line ${className}`.trim();
    line.textContent = text;
    this.element.appendChild(line);
    if (waiting.size === 0) queueMicrotask(settleAll);
    waiting.add(this);
    return line;
  }

  /** Drops the oldest lines beyond what the feed keeps. */
  trim(): void {
    while (this.element.childElementCount > this.keep) this.element.firstElementChild!.remove();
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
