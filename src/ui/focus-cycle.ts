// Where Tab goes inside a modal dialog: on to the next control, round from the last to the first (and
// back with Shift+Tab), so the focus never leaves the dialog for the page behind it. Pure, so the rule
// is tested in Node; src/ui/modal-focus.ts applies it to the page.

/**
 * The index of the control Tab (or Shift+Tab, `backwards`) moves to among `count` controls, from the one
 * at `index` (-1 when the focus is on none of them: the dialog itself, or somewhere it should not be).
 * Null when the dialog has no control: the focus then stays on the dialog.
 */
export function nextFocusIndex(count: number, index: number, backwards: boolean): number | null {
  if (count <= 0) return null;
  if (index < 0 || index >= count) return backwards ? count - 1 : 0;
  return (index + (backwards ? count - 1 : 1)) % count;
}
