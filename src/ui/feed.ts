// A scrolling list of lines that keeps only its newest entries: the alert feed, the chat, the terminal.
// It follows new lines unless the reader has scrolled up to read something older. Lines go in at once;
// trimming and scrolling wait until the lines of this frame are all in, because reading the feed's height
// makes the browser lay the page out, and once per frame is enough.

export class Feed {
  private following = true;
  private settling = false;

  constructor(
    readonly element: HTMLElement,
    private readonly keep = 120,
  ) {
    element.addEventListener('scroll', () => {
      this.following = element.scrollHeight - element.scrollTop - element.clientHeight < 30;
    });
  }

  add(text: string, className = ''): HTMLElement {
    const line = document.createElement('div');
    line.className = `line ${className}`.trim();
    line.textContent = text;
    this.element.appendChild(line);
    if (!this.settling) {
      this.settling = true;
      queueMicrotask(() => this.settle());
    }
    return line;
  }

  private settle(): void {
    this.settling = false;
    while (this.element.childElementCount > this.keep) this.element.firstElementChild!.remove();
    if (this.following) this.element.scrollTop = this.element.scrollHeight;
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
