// The facilitator's page (facilitator.html): load the room's exported runs, compare them side by side,
// put their key moments on one timeline, ask the room about each takeaway, watch any run again in the
// game, and download the summary as Markdown. Everything runs here in the browser, from the files alone.

// First: before any module that builds a Zod schema (the replay checks) is evaluated.
import '../session/zod-without-eval';
import './facilitator.css';
import { GAME_VERSION } from '../session/game-version';
import { loadCatalog } from '../level-catalog';
import { download } from '../ui/download';
import { byId } from './dom';
import { onDroppedFiles, onPickedFiles, pickedFile } from './file-intake';
import { addToRoom, emptyRoom, type Room } from './room';
import { roomMarkdown } from './room-markdown';
import { renderRefused, renderRoom } from './room-view';
import type { LoadedRun, RunFileContext } from './run-file';
import { watchRun } from './watch-run';

const context: RunFileContext = { levels: loadCatalog().levels, gameVersion: GAME_VERSION };
let room: Room = emptyRoom();
let busy = false;
const queue: File[] = [];

const status = byId('status', HTMLParagraphElement);
const refusedBox = byId('refused', HTMLElement);
const roomBox = byId('room', HTMLDivElement);
const downloadButton = byId('download-summary', HTMLButtonElement);
const clearButton = byId('clear-room', HTMLButtonElement);
const largeText = byId('large-text', HTMLButtonElement);

function render(): void {
  renderRefused(refusedBox, room);
  renderRoom(roomBox, room, { watch });
  downloadButton.disabled = room.runs.length === 0;
  clearButton.disabled = room.runs.length === 0 && room.refused.length === 0;
}

/** The export exactly as the file held it (checked), for the game to play in watch mode. */
function watch(run: LoadedRun): void {
  const result = watchRun(run.exported, {
    // Reached inside setItem, so a browser that refuses storage at all is caught like a full one.
    storage: { setItem: (key, value) => window.localStorage.setItem(key, value) },
    navigate: (url) => window.location.assign(url),
  });
  if (!result.ok) status.textContent = `Could not open the run in the game: ${result.reason}.`;
}

/** Files are read one at a time, with a pause between for the page to say how far it has got. */
async function take(files: File[]): Promise<void> {
  queue.push(...files);
  if (busy) return;
  busy = true;
  const said = { loaded: 0, refused: 0, again: 0 };
  let done = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    done++;
    status.textContent = `Checking and playing again ${file.name} (${done} of ${done + queue.length})…`;
    await nextPaint();
    const outcome = addToRoom(room, await pickedFile(file), context);
    if (outcome === 'loaded') said.loaded++;
    else if (outcome === 'refused') said.refused++;
    else said.again++;
  }
  busy = false;
  render();
  status.textContent = [
    `${said.loaded} run${said.loaded === 1 ? '' : 's'} loaded`,
    said.refused > 0 ? `${said.refused} not loaded (see below)` : '',
    said.again > 0 ? `${said.again} already loaded` : '',
  ]
    .filter((part) => part !== '')
    .join('; ')
    .concat('.');
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function stamp(date: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

onPickedFiles(byId('pick-runs', HTMLInputElement), (files) => void take(files));
onDroppedFiles(byId('drop-overlay', HTMLDivElement), (files) => void take(files));

downloadButton.addEventListener('click', () => {
  const now = new Date();
  download(`room-summary-${stamp(now).replace(/[ :]/g, '-')}.md`, roomMarkdown(room.runs, room.refused, stamp(now)), 'text/markdown');
});
clearButton.addEventListener('click', () => {
  room = emptyRoom();
  status.textContent = 'Cleared.';
  render();
});
largeText.addEventListener('click', () => {
  const on = document.documentElement.classList.toggle('large-text');
  largeText.setAttribute('aria-pressed', String(on));
});

if (context.levels.length === 0) status.textContent = 'This build has no levels, so no run can be read.';
render();
