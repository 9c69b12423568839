// Text for the Phaser views, placed in the DOM layer at canvas coordinates. In software WebGL every
// text texture costs real time each frame, while DOM text is drawn once and stays crisp at any scale;
// so the canvas draws shapes and the DOM carries the words.

export class DomLabels {
  constructor(private readonly container: HTMLElement) {}

  add(x: number, y: number, text: string, className = '', anchor: 'left' | 'centre' | 'right' = 'left'): HTMLElement {
    const label = document.createElement('div');
    label.className = `canvas-label ${className}`.trim();
    label.style.left = `${x}px`;
    label.style.top = `${y}px`;
    if (anchor === 'centre') label.style.transform = 'translateX(-50%)';
    if (anchor === 'right') label.style.transform = 'translateX(-100%)';
    label.textContent = text;
    this.container.appendChild(label);
    return label;
  }
}

/** A bare box in the label layer at a canvas position, for DOM drawn over the canvas (the traffic dots). */
export function addBox(labels: DomLabels, x: number, y: number, className: string): HTMLElement {
  const box = labels.add(x, y, '', className);
  box.className = className;
  return box;
}

/** Sets text only when it changed: DOM writes are cheap, but not free at every tick. */
export function setText(element: HTMLElement, text: string, className?: string): void {
  if (element.textContent !== text) element.textContent = text;
  if (className !== undefined && element.className !== className) element.className = className;
}
