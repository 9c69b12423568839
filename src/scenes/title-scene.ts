// The title: start the incident, pick a level, settings, and the true story's sources. Everything is
// reachable by key (shown on each button) and by mouse. Settings and About are modal dialogs
// (src/ui/modal-focus.ts): each takes the focus, keeps Tab inside, binds only its own keys
// (src/ui/title-keys.ts), and gives the focus back to where it was when it closes.

import Phaser from 'phaser';
import { SCENES, type App } from '../app';
import type { Level } from '../levels/level';
import { publish } from '../test-hook';
import { focusableControls, openModal, type ModalDialog } from '../ui/modal-focus';
import { toggleMute } from '../ui/mute-key';
import { applyProjector, isProjector } from '../ui/projector-mode';
import { saveSettings } from '../ui/settings-store';
import { drawSettingsPanel } from '../ui/settings-panel';
import { titleBindings, type TitleActions, type TitlePanel } from '../ui/title-keys';
import { whenArtLoaded } from '../views/art-loading';
import { ART_URLS } from '../views/art-urls';
import { palette } from '../views/palette';
import { requestRender } from '../views/render-gate';

export class TitleScene extends Phaser.Scene {
  private panel: HTMLDivElement | null = null;
  private modal: ModalDialog | null = null;
  private titleActions!: TitleActions;

  constructor(private readonly app: App) {
    super(SCENES.title);
  }

  create(): void {
    const { ui } = this.app;
    ui.clear();
    this.panel = null;
    this.modal = null;
    const screen = ui.mount('screen title-screen');
    screen.setAttribute('role', 'main');
    // The title's pictures are the SVGs themselves, sharp at any zoom; they and the canvas's art (one
    // atlas) are asked for once the menu has been shown (see the end of create).
    screen.innerHTML = `
      <h1 class="title-heading"><img data-art="title-logo" alt="Apache SNAFU: an on-call training game" /></h1>
      <img class="title-office" data-art="office-strip" alt="" />
      <div class="menu title-menu">
        <button class="primary" data-action="start"><kbd>Enter</kbd>Start: <span class="level-title"></span></button>
        <button data-action="level"><kbd>L</kbd>Choose another level <span class="dim">(${this.app.catalog.levels.length} in all)</span></button>
        <button data-action="settings"><kbd>S</kbd>Settings</button>
        <button data-action="about"><kbd>A</kbd>About the true story</button>
      </div>
      <p class="title-links dim"><span><kbd>F</kbd> <a href="./facilitator.html">Facilitator's page</a>: compare a room's runs</span>
        <span><a href="./team.html">Team mode</a>: play as a team</span>
        <button class="projector-toggle" data-action="projector" aria-pressed="false" title="Larger, bolder, brighter text and tiles, to read from the back of a room"><kbd>P</kbd>Projector mode: <span class="projector-state"></span></button></p>
      <p class="title-summary dim"></p>
      <p class="title-teaches"></p>`;
    if (this.app.notices.length > 0) {
      // One line each (as text: a notice may quote a page option or a level file), so where one ends is plain.
      const list = ui.mount('notices');
      for (const notice of this.app.notices) list.appendChild(document.createElement('div')).textContent = notice;
    }
    this.showLevel();
    this.showProjector();

    this.titleActions = {
      start: () => this.start(),
      nextLevel: () => this.nextLevel(),
      toggleSettings: () => this.togglePanel('settings'),
      toggleAbout: () => this.togglePanel('about'),
      toggleProjector: () => this.toggleProjector(),
      toggleMute: () => {
        toggleMute(this.app);
        if (this.panel?.dataset['panel'] === 'settings') this.redrawSettings();
      },
      facilitator: () => location.assign('./facilitator.html'),
      closePanel: () => this.closePanel(),
    };
    const clicks: Record<string, () => void> = {
      start: this.titleActions.start,
      level: this.titleActions.nextLevel,
      settings: this.titleActions.toggleSettings,
      about: this.titleActions.toggleAbout,
      projector: this.titleActions.toggleProjector,
    };
    screen.querySelectorAll<HTMLButtonElement>('button[data-action]').forEach((button) => button.addEventListener('click', () => clicks[button.dataset['action']!]!()));
    this.bindKeys();
    // The pictures once the menu has been shown: the browser parses an SVG picture on the main thread.
    this.time.delayedCall(0, () => {
      screen.querySelectorAll<HTMLImageElement>('img[data-art]').forEach((image) => (image.src = ART_URLS[image.dataset['art']!] ?? ''));
      whenArtLoaded(this, () => {});
    });
    publish({ scene: SCENES.title, ready: true, level: this.level()?.meta.id ?? null, notices: [...this.app.notices] });
  }

  private level(): Level | undefined {
    const levels = this.app.catalog.levels;
    // A room's link (?level=) first, until the player picks another level.
    const wanted = this.app.options.level ?? this.app.settings.levelId;
    return levels.find((level) => level.meta.id === wanted) ?? levels[0];
  }

  private showLevel(): void {
    const level = this.level();
    this.app.ui.root.querySelectorAll('.level-title').forEach((element) => (element.textContent = level?.meta.title ?? 'no playable level'));
    const summary = this.app.ui.root.querySelector('.title-summary');
    if (summary) summary.textContent = level?.meta.summary ?? 'No level passed its checks; see the messages below.';
    const teaches = this.app.ui.root.querySelector('.title-teaches');
    if (teaches) teaches.textContent = level?.meta.teaches ? `Teaches: ${level.meta.teaches}` : '';
  }

  private nextLevel(): void {
    const levels = this.app.catalog.levels;
    if (levels.length === 0) return;
    const index = levels.indexOf(this.level()!);
    this.app.settings.levelId = levels[(index + 1) % levels.length]!.meta.id;
    this.app.options.level = null;
    saveSettings(this.app.settings);
    this.showLevel();
    publish({ level: this.app.settings.levelId });
  }

  /** Projector mode on or off: saved, and for this page whatever its address said. */
  private toggleProjector(): void {
    const on = !isProjector();
    this.app.settings.projector = on;
    this.app.options.projector = null;
    saveSettings(this.app.settings);
    applyProjector(on);
    this.repaintBackground();
    this.showProjector();
    if (this.panel?.dataset['panel'] === 'settings') this.redrawSettings();
  }

  /** The canvas under the page's panels takes the palette's background too (projector mode, a display palette). */
  private repaintBackground(): void {
    const background = palette().background;
    this.game.config.backgroundColor.setTo((background >> 16) & 0xff, (background >> 8) & 0xff, background & 0xff);
    requestRender(this.game);
  }

  private showProjector(): void {
    const on = isProjector();
    this.app.ui.root.querySelectorAll('.projector-state').forEach((element) => (element.textContent = on ? 'on' : 'off'));
    this.app.ui.root.querySelector('button[data-action="projector"]')?.setAttribute('aria-pressed', String(on));
  }

  private start(): void {
    const level = this.level();
    if (!level) return;
    this.scene.start(SCENES.briefing, { levelId: level.meta.id });
  }

  /** The title's keys for what is open now: the menu's, or only the open panel's own. */
  private bindKeys(): void {
    this.app.keys.bind(titleBindings((this.panel?.dataset['panel'] as TitlePanel | undefined) ?? null, this.titleActions));
  }

  private togglePanel(which: TitlePanel): void {
    const open = this.panel?.dataset['panel'];
    this.closePanel();
    if (open === which) return;
    this.panel = this.app.ui.mount('screen-panel');
    this.panel.dataset['panel'] = which;
    if (which === 'about') {
      this.panel.innerHTML = `
        <h2>The true story</h2><button class="dialog-close" data-do="close"><kbd>Esc</kbd>Close</button>
        <p>This game re-enacts a real incident at a large marketplace for handmade goods: a one-line Apache pin bump in Chef
        that upgraded, and broke, every web server, blinded the monitoring that ran on Apache too, and left the site standing on
        seven php7 servers whose Chef runs had been failing unnoticed.</p>
        <p>It is told in Ryn Daniels' talk <em>Heretical Resilience: To Repair is Human</em> (QCon New York, 2018) and in the
        Stella Report's case <em>Catching the Apache SNAFU</em> (SNAFUcatchers, 2017). Every name, line and cat here is our own.</p>
        <p class="dim">No blame: the person who made the change won the award for the incident everyone learned most from.</p>
        <p class="dim"><kbd>Esc</kbd> or <kbd>A</kbd> to close</p>`;
      this.wireClose(this.panel);
    } else {
      this.drawSettings(this.panel);
    }
    this.modal = openModal(this.panel);
    this.bindKeys();
  }

  private drawSettings(panel: HTMLElement): void {
    drawSettingsPanel(panel, this.app, { toggleProjector: () => this.toggleProjector(), redraw: () => this.redrawSettings(), displayChanged: () => this.repaintBackground() });
    this.wireClose(panel);
  }

  /** A panel's close button (`data-do="close"`, ui/dialog-close.css) takes the same path as Esc. */
  private wireClose(panel: HTMLElement): void {
    panel.querySelector('[data-do="close"]')?.addEventListener('click', () => this.closePanel());
  }

  /** After a change, the panel is drawn again in place: the dialog stays open and the focus stays on the same control. */
  private redrawSettings(): void {
    const panel = this.panel;
    if (panel?.dataset['panel'] !== 'settings') return;
    const focused = focusableControls(panel).indexOf(document.activeElement as HTMLElement);
    this.drawSettings(panel);
    if (focused >= 0 || document.activeElement === document.body) (focusableControls(panel)[Math.max(0, focused)] ?? panel).focus({ preventScroll: true });
  }

  private closePanel(): void {
    if (!this.panel) return;
    // The focus goes back (to the button that opened it, if a button did) before the panel leaves the page.
    this.modal?.close();
    this.modal = null;
    this.panel.remove();
    this.panel = null;
    this.bindKeys();
  }
}
