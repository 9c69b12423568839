// A scrolling list of lines that keeps only its newest entries: the alert feed, the chat, the terminal.
// It follows new lines unless the reader has scrolled up to read something older.

export class Feed {
  private following = true;

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
    while (this.element.childElementCount > this.keep) this.element.firstElementChild!.remove();
    if (this.following) this.element.scrollTop = this.element.scrollHeight;
    return line;
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
