// A scrolling list of lines that keeps only its newest entries: the alert feed, the chat, the terminal.

export class Feed {
  constructor(
    readonly element: HTMLElement,
    private readonly keep = 120,
  ) {}

  add(text: string, className = ''): HTMLElement {
    const line = document.createElement('div');
    line.className = `line ${className}`.trim();
    line.textContent = text;
    const atBottom = this.element.scrollHeight - this.element.scrollTop - this.element.clientHeight < 30;
    this.element.appendChild(line);
    while (this.element.childElementCount > this.keep) this.element.firstElementChild!.remove();
    if (atBottom) this.element.scrollTop = this.element.scrollHeight;
    return line;
  }

  clear(): void {
    this.element.replaceChildren();
  }
}
