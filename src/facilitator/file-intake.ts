// How runs come in: the file picker (several at once) and a drop anywhere on the page. Either way the
// page gets a list of File objects; a file over the size cap is never read, only named.

import { MAX_RUN_FILE_BYTES } from './run-file';
import type { PickedFile } from './room';

export function onPickedFiles(input: HTMLInputElement, take: (files: File[]) => void): void {
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // Cleared, so picking the same files again (after Clear) fires again.
    input.value = '';
    if (files.length > 0) take(files);
  });
}

/** Drag and drop onto the whole page; `overlay` shows while files are dragged over it. */
export function onDroppedFiles(overlay: HTMLElement, take: (files: File[]) => void): void {
  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  let depth = 0;
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the dropped file in place of the page.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) take(files);
  });
}

/** The file's text, unless it is over the cap: then only its size, and readRunFile refuses it by that. */
export async function pickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_RUN_FILE_BYTES) return { name: file.name, text: '', bytes: file.size };
  return { name: file.name, text: await file.text(), bytes: file.size };
}
