// Offline play (README, "Offline and opened from disk"), loaded with the game's page (vite.config.ts,
// offline()): registers the service worker that vite-plugin-pwa builds (dist/sw.js, Workbox), which
// precaches the whole game, so after one load it plays with no network and no server. In the dev server
// (`npm start`) the plugin's registration does nothing.
//
// It also removes the page's "opened from disk" message (index.html): that block is plain HTML, shown
// only when the game's stylesheet and scripts cannot load, which is what happens over file://.
//
// Nothing here may break the game: a browser that refuses a service worker (a private window, an address
// other than this machine's own over plain http) gets one quiet line in the console, and the game plays
// as long as its server answers.

import { registerSW } from 'virtual:pwa-register';
import './offline.css';

/** The id of index.html's static "opened from disk" block. */
export const OPENED_FROM_DISK_ID = 'opened-from-disk';

const NOT_OFFLINE = 'Apache SNAFU: offline play is off in this window';

function note(text: string): void {
  console.warn(text);
}

function start(): void {
  document.getElementById(OPENED_FROM_DISK_ID)?.remove();
  if (!('serviceWorker' in navigator)) {
    note(
      `${NOT_OFFLINE}: the browser gives this page no service worker (a private window, or an address other than this machine's own over plain http). The game plays while its server answers.`,
    );
    return;
  }
  // A new build waits rather than replace files under a shift being played. It is applied (the page
  // reloads once) only while nobody has pressed a key or clicked yet: on the next load, that is.
  let touched = false;
  const touch = (): void => {
    touched = true;
  };
  window.addEventListener('keydown', touch, { capture: true, once: true });
  window.addEventListener('pointerdown', touch, { capture: true, once: true });
  const update = registerSW({
    onNeedRefresh() {
      if (!touched) void update().catch(() => undefined);
    },
    onRegisterError(error: unknown) {
      note(`${NOT_OFFLINE}: the service worker could not be registered (${error instanceof Error ? error.message : String(error)}). The game plays while its server answers.`);
    },
  });
}

try {
  start();
} catch (error) {
  // Never let offline play stop the game itself.
  note(`${NOT_OFFLINE}: ${error instanceof Error ? error.message : String(error)}`);
}
