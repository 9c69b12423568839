// Saves text as a file the player keeps: the browser's download, from memory, with no server involved.

export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has the data once the click is handled; free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
