// The facilitator's page (facilitator.html): load the room's exported runs, compare them side by side,
// put their key moments on one timeline, ask the room about each takeaway, watch any run again in the
// game, open the game with live controls on the runs' level and seed, and download the summary as
// Markdown. Everything runs here in the browser, from the files alone; only "Large text" is remembered.

// First: before any module that builds a Zod schema (the replay checks) is evaluated.
import '../session/zod-without-eval';
import './facilitator.css';
import { GAME_VERSION } from '../session/game-version';
import { loadCatalog } from '../level-catalog';
import { download } from '../ui/download';
import { byId } from './dom';
import { onDroppedFiles, onPickedFiles, pickedFile } from './file-intake';
import { liveControlsLinks } from './live-controls';
import { localStamp } from './local-time';
import { loadPageSettings, savePageSettings } from './page-settings';
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
const liveControls = byId('live-controls', HTMLAnchorElement);
const liveControlsProjector = byId('live-controls-projector', HTMLAnchorElement);

function render(): void {
  renderRefused(refusedBox, room);
  renderRoom(roomBox, room, { watch });
  downloadButton.disabled = room.runs.length === 0;
  clearButton.disabled = room.runs.length === 0 && room.refused.length === 0;
  const links = liveControlsLinks(room.runs);
  liveControls.href = links.controls;
  liveControlsProjector.href = links.projector;
  const opens = links.carries
    ? `${links.carries.levelTitle} on seed ${links.carries.seed}, as the loaded runs were played`
    : 'the game as it is (no level and seed shared by every loaded run)';
  liveControls.title = `Opens ${opens}, in a new tab, with the facilitator's live controls`;
  liveControlsProjector.title = `Opens ${opens}, in a new tab, with the live controls and the projector's layout`;
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

onPickedFiles(byId('pick-runs', HTMLInputElement), (files) => void take(files));
onDroppedFiles(byId('drop-overlay', HTMLDivElement), (files) => void take(files));

downloadButton.addEventListener('click', () => {
  const now = new Date();
  download(`room-summary-${localStamp(now).replace(/[ :]/g, '-')}.md`, roomMarkdown(room.runs, room.refused, localStamp(now)), 'text/markdown');
});
clearButton.addEventListener('click', () => {
  room = emptyRoom();
  status.textContent = 'Cleared.';
  render();
});
function showLargeText(on: boolean): void {
  document.documentElement.classList.toggle('large-text', on);
  largeText.setAttribute('aria-pressed', String(on));
}
largeText.addEventListener('click', () => {
  const on = !document.documentElement.classList.contains('large-text');
  showLargeText(on);
  const problem = savePageSettings({ version: 1, largeText: on });
  if (problem) status.textContent = problem;
});

// Remembered from the last visit; a storage that throws or a value this page cannot read is said, not fatal.
const saved = loadPageSettings();
showLargeText(saved.settings.largeText);
status.textContent = [context.levels.length === 0 ? 'This build has no levels, so no run can be read.' : '', saved.problem ?? ''].filter((line) => line !== '').join(' ');
render();
