// The title's Settings panel: speed, sound, captions, projector mode, text size, motion and colours, each a
// row of buttons with the current choice lit and pressed (aria-pressed, so a screen reader hears which one
// is chosen, not only a sighted player); every change is saved at once and the panel drawn again. Its own module so the
// title scene keeps only the title's menu, and so the settings a player can change sit in one place.

import type { App } from '../app';
import { SPEEDS } from '../session/fixed-step-driver';
import { isProjector } from './projector-mode';
import { applyDisplaySettings } from './display-settings';
import { PALETTE_CHOICES, REDUCED_MOTION, saveSettings, TEXT_SIZES, VOLUMES, type PaletteChoice, type ReducedMotion, type TextSize } from './settings-store';
import { escapeHtml } from './ui-layer';

export interface SettingsPanelHooks {
  /** Projector mode changes the whole page (the canvas's background too): the title does it. */
  toggleProjector: () => void;
  /** Draw the panel again after a change. */
  redraw: () => void;
  /** The text size, motion or palette changed (already applied to the page): the title may redraw its canvas. */
  displayChanged?: () => void;
}

const MOTION_LABELS: Record<ReducedMotion, string> = { system: 'As the system', on: 'Reduced', off: 'Full' };
const PALETTE_LABELS: Record<PaletteChoice, string> = { standard: 'Standard', 'colour-blind': 'Colour-blind safe', 'high-contrast': 'High contrast' };

export function drawSettingsPanel(panel: HTMLElement, app: App, hooks: SettingsPanelHooks): void {
  const settings = app.settings;
  const row = (name: string, values: readonly { value: string; label: string }[], current: string): string =>
    `<div class="choice-row" role="group" data-setting="${name}">${values
      .map(
        (choice) =>
          `<button data-value="${escapeHtml(choice.value)}" class="${choice.value === current ? 'primary' : ''}" aria-pressed="${choice.value === current}">${escapeHtml(choice.label)}</button>`,
      )
      .join('')}</div>`;
  const percent = VOLUMES.map((volume) => ({ value: String(volume), label: `${Math.round(volume * 100)} %` }));
  const onOff = [
    { value: 'on', label: 'On' },
    { value: 'off', label: 'Off' },
  ];
  panel.innerHTML = `
      <h2>Settings</h2>
      <p>Game speed when the incident starts (change it while playing with <kbd>+</kbd> and <kbd>-</kbd>):</p>
      ${row(
        'speed',
        SPEEDS.map((speed) => ({ value: String(speed), label: `${speed}×` })),
        String(settings.speed),
      )}
      <div class="setting-line"><span>Sound (<kbd>M</kbd> anywhere):</span> ${row('sound', onOff, settings.muted ? 'off' : 'on')}</div>
      <div class="setting-line"><span>Music and ambience:</span> ${row('music', percent, String(settings.musicVolume))}</div>
      <div class="setting-line"><span>Effects:</span> ${row('effects', percent, String(settings.effectsVolume))}</div>
      <div class="setting-line"><span>Captions for every sound:</span> ${row('captions', onOff, settings.captions ? 'on' : 'off')}</div>
      <div class="setting-line"><span>Projector mode, for a room (<kbd>P</kbd>):</span> ${row('projector', onOff, isProjector() ? 'on' : 'off')}</div>
      <div class="setting-line"><span>Text size:</span> ${row(
        'text-size',
        TEXT_SIZES.map((size) => ({ value: String(size), label: `${size} %` })),
        String(settings.textSize),
      )}</div>
      <div class="setting-line"><span>Motion (blinking, moving dots and cats):</span> ${row(
        'motion',
        REDUCED_MOTION.map((choice) => ({ value: choice, label: MOTION_LABELS[choice] })),
        settings.reducedMotion,
      )}</div>
      <div class="setting-line"><span>Colours:</span> ${row(
        'palette',
        PALETTE_CHOICES.map((choice) => ({ value: choice, label: PALETTE_LABELS[choice] })),
        settings.palette,
      )}</div>
      <p class="dim"><kbd>Esc</kbd> or <kbd>S</kbd> to close</p>`;
  panel.querySelectorAll<HTMLButtonElement>('.choice-row button').forEach((button) =>
    button.addEventListener('click', () => {
      const value = button.dataset['value']!;
      const setting = button.closest<HTMLElement>('.choice-row')!.dataset['setting'];
      if (setting === 'speed') settings.speed = Number(value);
      if (setting === 'sound' && (value === 'off') !== settings.muted) app.audio.toggleMute();
      if (setting === 'music') app.audio.setVolumes(Number(value), settings.effectsVolume);
      if (setting === 'effects') app.audio.setVolumes(settings.musicVolume, Number(value));
      if (setting === 'captions') settings.captions = value === 'on';
      if (setting === 'projector' && (value === 'on') !== isProjector()) return hooks.toggleProjector();
      const display = setting === 'text-size' || setting === 'motion' || setting === 'palette';
      if (setting === 'text-size') settings.textSize = Number(value) as TextSize;
      if (setting === 'motion') settings.reducedMotion = value as ReducedMotion;
      if (setting === 'palette') settings.palette = value as PaletteChoice;
      saveSettings(settings);
      if (display) {
        applyDisplaySettings(settings);
        // The layer measures the text's size with the zoom, and lays the screens out for large text.
        app.ui.fit();
        hooks.displayChanged?.();
      }
      hooks.redraw();
    }),
  );
}
