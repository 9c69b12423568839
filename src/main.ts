// Composition root: reads the page's options and the level catalog, builds the DOM layer and the
// keyboard, and starts the Phaser game with its scene chain. Nothing else lives here. The crash screen
// is set to listen first, so even an error while the rest is built shows words, not a blank page.

import Phaser from 'phaser';
import { SCENES, tellProblem, type App } from './app';
import { GameAudio } from './audio/game-audio';
import { HowlerBank } from './audio/howler-bank';
import { loadCatalog } from './level-catalog';
import { BenchEmptyScene } from './scenes/bench-empty-scene';
import { BootScene } from './scenes/boot-scene';
import { BriefingScene } from './scenes/briefing-scene';
import { EndScene } from './scenes/end-scene';
import { IncidentScene } from './scenes/incident-scene';
import { TitleScene } from './scenes/title-scene';
import { Kiosk } from './kiosk/kiosk-controller';
import { KioskBoardScene } from './scenes/kiosk-board-scene';
import { Talk } from './talk/talk-controller';
import { publish } from './test-hook';
import { loadBestScores } from './ui/best-scores';
import { Captions } from './ui/captions';
import { CrashScreen } from './ui/crash-screen';
import { Keys } from './ui/keys';
import { applyDisplaySettings } from './ui/display-settings';
import { applyProjector, projectorWanted } from './ui/projector-mode';
import { onStorageProblem, openBrowserStorage } from './ui/safe-storage';
import { keepSettingsInMemory, loadSettings } from './ui/settings-store';
import { UiLayer } from './ui/ui-layer';
import './ui/ui.css';
import { roomLevel } from './session/room-level';
import { teamLink } from './team-client/team-page-options';
import { parseUrlOptions } from './url-options';
import { palette, SCREEN } from './views/palette';
import { CONTEXT_RESTORED, GatedGame } from './views/render-gate';

/** After a crash in kiosk mode, the booth goes back to its attract loop by itself after this long. */
const KIOSK_CRASH_RECOVER_MS = 30_000;

const host = document.getElementById('game') ?? document.body;
const crash = new CrashScreen(() => host, reloadToTitle);
crash.listen(window);
const { options, problems } = parseUrlOptions(location.search);
// A team room's link given on the game's own address: team mode has its own page.
if (options.team) location.replace(teamLink(location.href, options.team));
const catalog = loadCatalog();
const store = openBrowserStorage();
const saved = loadSettings(store.storage);
const bests = loadBestScores(store.storage);
const room = roomLevel(catalog.levels, options.level);
options.level = room.levelId;
// Before any screen is built: its text and the canvas's tiles are laid out for the room from the start.
// A talk is read from the back of a hall: projector mode unless the page says otherwise.
applyProjector(projectorWanted({ projector: options.projector ?? (options.talk ? true : null) }, saved.settings));
applyDisplaySettings(saved.settings);
const notices = [...new Set([...problems, ...catalog.problems, ...[room.problem, store.problem, saved.problem, bests.problem].filter((text) => text !== null)])];
const ui = new UiLayer(host);
const audio = buildAudio();
const app: App = { ui, keys: new Keys(), catalog, options, settings: saved.settings, audio, notices, currentRun: null, kiosk: null, talk: null };
publish({ notices: [...app.notices], audio: audio.report() });
hearInput(app);
onStorageProblem((problem) => tellProblem(app, problem));
// A booth's kiosk (src/kiosk): every visitor from the settings as the page opened, none of theirs saved.
if (options.kiosk) {
  keepSettingsInMemory();
  app.kiosk = new Kiosk(app, store.storage, (key, data) => showOnly(game, key, data));
} else if (options.talk) {
  // A presenter's demo (src/talk): the story a beat at a time. A booth's kiosk wins when a page asks for both.
  app.talk = new Talk(app, (key, data) => showOnly(game, key, data));
}
if (options.kiosk && options.talk) tellProblem(app, 'talk=1 and kiosk=1 do not go together; this page is a kiosk.');

// A game that draws a frame only when something changed (views/render-gate).
const game = new GatedGame({
  type: Phaser.WEBGL,
  parent: host,
  width: SCREEN.width,
  height: SCREEN.height,
  backgroundColor: palette().background,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  // Howler alone owns audio; the DOM handles the keyboard so typing in the terminal never triggers a shortcut.
  audio: { noAudio: true },
  input: { keyboard: false },
  banner: false,
  // No multisampling: in software WebGL (laptops without a GPU) it multiplies the cost of every frame,
  // and the game's art is flat shapes that do not need it.
  // The drawing buffer is not preserved: keeping it makes software WebGL copy the whole frame back after
  // every drawn frame. A frame that is not drawn (views/render-gate) leaves the canvas showing the last
  // one composited, which is what the gate wants; the browser tests' screenshots of paused screens check it.
  render: { antialiasGL: false, preserveDrawingBuffer: false },
  // Phaser starts the first scene. The title first, unless the page goes straight into the incident (a
  // demo, the benchmark), which the boot scene leads into once the art is loaded.
  scene: [
    ...(options.bench !== null || options.skipIntro || options.watch || options.kiosk || options.talk
      ? [new BootScene(app), new TitleScene(app)]
      : [new TitleScene(app), new BootScene(app)]),
    new BriefingScene(app),
    new IncidentScene(app),
    new EndScene(app),
    new BenchEmptyScene(app),
    new KioskBoardScene(app),
  ],
});
game.scale.on('resize', () => app.ui.fit(game.canvas));
game.events.once('ready', () => app.ui.fit(game.canvas));
watchWebGl(game, app);
crash.connect({
  mount: ui.overlay,
  run: () => app.currentRun,
  pause: () => game.loop.sleep(),
  backToTitle: () => backToTitle(game, app),
  changed: (shown) => publish({ crash: shown }),
  // At an unattended booth: no download, and back to the attract loop by itself after a while.
  ...(options.kiosk ? { downloads: false, recoverAfterMs: KIOSK_CRASH_RECOVER_MS, backTo: 'the start' } : {}),
});
if (options.testFault === 'scene-update') armTestFault(game);

/** Every other scene stopped and this one started (again, if it runs): the kiosk's one way to change screen. */
function showOnly(phaser: GatedGame, key: string, data?: object): void {
  for (const scene of phaser.scene.getScenes(false)) {
    const other = scene.sys.settings.key;
    if (other !== key && scene.sys.settings.status !== Phaser.Scenes.SHUTDOWN && scene.sys.settings.status !== Phaser.Scenes.PENDING) phaser.scene.stop(other);
  }
  phaser.scene.start(key, data);
  phaser.requestRender();
}

/**
 * After a crash: every scene stopped, the title started afresh, and the loop (which a throw inside a
 * frame leaves dead) running again. The crash screen reloads the page instead if this throws.
 */
function backToTitle(phaser: GatedGame, shared: App): void {
  shared.currentRun = null;
  if (shared.kiosk) {
    phaser.loop.sleep();
    phaser.loop.wake();
    return shared.kiosk.restart();
  }
  for (const scene of phaser.scene.getScenes(false)) {
    const key = scene.sys.settings.key;
    if (key !== SCENES.title && scene.sys.settings.status !== Phaser.Scenes.SHUTDOWN && scene.sys.settings.status !== Phaser.Scenes.PENDING) phaser.scene.stop(key);
  }
  phaser.scene.start(SCENES.title);
  phaser.loop.sleep();
  phaser.loop.wake();
  phaser.requestRender();
}

/** The page again, at the title: without the options that skip it (or arm the test fault, or watch the handed-over run, again). */
function reloadToTitle(): void {
  const params = new URLSearchParams(location.search);
  for (const name of ['skip-intro', 'bench', 'test-fault', 'watch']) params.delete(name);
  const query = params.toString();
  location.assign(`${location.pathname}${query ? `?${query}` : ''}`);
}

/**
 * For the browser tests only (`?test-fault=scene-update`): a `snafu-test-fault` event on the window,
 * which nothing in the game sends, makes the running scene throw in its next update.
 */
function armTestFault(phaser: GatedGame): void {
  window.addEventListener('snafu-test-fault', () => {
    const scene = phaser.scene.getScenes(true).at(-1);
    scene?.events.once(Phaser.Scenes.Events.UPDATE, () => {
      throw new Error(`A fault injected by the browser tests (?test-fault=scene-update) in the ${scene.sys.settings.key} scene's update`);
    });
  });
}

/**
 * Howler behind the game's audio rules; a device that cannot play says so once, and the game goes on.
 * The bank makes nothing until the first key or click (no AudioContext, no sound file fetched), so its
 * problems, if any, come after that, when `shared` is long set.
 */
function buildAudio(): GameAudio {
  let shared: GameAudio | null = null;
  const bank = new HowlerBank((problem) => shared?.fail(problem));
  shared = new GameAudio(bank, saved.settings);
  const said = new Set<string>();
  const sayProblem = (): void => {
    const problem = shared.report().problem;
    if (!problem || said.has(problem)) return;
    said.add(problem);
    ui.toast(problem);
  };
  shared.onChange(() => {
    publish({ audio: shared.report() });
    sayProblem();
  });
  sayProblem();
  new Captions(ui, saved.settings).listen(shared);
  return shared;
}

/** The first key or click unlocks sound (the browser's rule); after that, keys and buttons click. */
function hearInput(shared: App): void {
  const unlock = (): void => shared.audio.unlock();
  window.addEventListener('keydown', unlock, { capture: true, once: true });
  window.addEventListener('pointerdown', unlock, { capture: true, once: true });
  shared.keys.onHandled = () => shared.audio.click();
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button')) shared.audio.click();
  });
}

/** A lost WebGL context says so on screen and comes back by itself when the browser restores it. */
function watchWebGl(phaser: GatedGame, shared: App): void {
  const canvas = phaser.canvas;
  const banner = document.createElement('div');
  banner.className = 'context-lost';
  banner.textContent = 'The graphics context was lost (the GPU or browser reset it). Waiting for it to come back; the incident is paused and nothing is lost.';
  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    shared.ui.root.appendChild(banner);
    phaser.loop.sleep();
  });
  canvas.addEventListener('webglcontextrestored', () => {
    banner.remove();
    phaser.loop.wake();
    // After Phaser has rebuilt its own textures, views redraw what they had drawn into textures.
    setTimeout(() => {
      phaser.events.emit(CONTEXT_RESTORED);
      phaser.requestRender();
    }, 0);
  });
}
