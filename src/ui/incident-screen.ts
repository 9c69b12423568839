// The DOM half of the incident screen, laid over the canvas: the top bar, the alerts, chat and terminal
// panels, the team's desks, the action bar, the legend under the fleet, and (when a recorded run is
// watched again) the banner that says so instead of the action bar. For screen readers it is the page's
// main landmark with a heading, each panel a named region, the live regions that say what arrives
// (ui/announcer), and the fleet in words (ui/fleet-text-panel), since the canvas is only pixels.

import type { Level } from '../levels/level';
import type { Command } from '../sim/commands';
import type { ResponderConfig } from '../sim/config';
import { terminalContextFor } from '../terminal/terminal-context';
import { ART_URLS } from '../views/art-urls';
import { GLYPH_LEGEND } from '../views/host-glyphs';
import { mountActionBar } from './action-bar';
import { AlertsPanel } from './alerts-panel';
import { ChatPanel } from './chat-panel';
import type { IncidentKey } from './incident-keys';
import { TeamStrip } from './team-strip';
import { TerminalPanel } from './terminal-panel';
import { TopBar } from './top-bar';
import { IntentCard } from './intent-card';
import { Announcer } from './announcer';
import { FleetTextPanel } from './fleet-text-panel';
import { clockOf } from '../session/game-clock';
import { escapeHtml, type UiLayer } from './ui-layer';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface IncidentScreenParts {
  hostNames: readonly string[];
  /** Where the canvas draws the fleet (the legend goes under it) and the team's desks (the strip lines up with them). */
  fleetArea: Area;
  teamArea: Area;
  deskCentres: readonly number[];
  watching: boolean;
  /** Whose run is watched, when it is someone else's (from the facilitator's page). */
  watchedWho?: string | null;
  /** The facilitator's live controls are on (`?facilitator=1`). */
  facilitator?: boolean;
  onTyped: (command: Command) => void;
  onAction: (action: IncidentKey) => void;
  onDesk: (responder: ResponderConfig) => void;
}

export interface IncidentPanels {
  topBar: TopBar;
  alerts: AlertsPanel;
  chat: ChatPanel;
  terminal: TerminalPanel;
  teamStrip: TeamStrip;
  /** A cat about to act on their own, with the countdown and the key that says no. */
  intentCard: IntentCard;
  /** Shown unless the fleet is fogged (its glyphs would then mean nothing). */
  legend: HTMLElement;
  actionBar: HTMLElement;
  /** The live regions: pages and the site going down at once, alerts and chat in turn. */
  announcer: Announcer;
  /** The fleet per tier in words, as the canvas shows it (blind when it is). */
  fleetText: FleetTextPanel;
}

export function mountIncidentScreen(ui: UiLayer, level: Level, parts: IncidentScreenParts): IncidentPanels {
  const screen = ui.mount('screen incident-screen');
  screen.setAttribute('role', 'main');
  screen.setAttribute('aria-labelledby', 'incident-heading');
  // The live regions come first and empty, so screen readers know them before anything is said in them.
  const announcer = new Announcer(screen);
  screen.insertAdjacentHTML(
    'beforeend',
    `<h1 id="incident-heading" class="sr-only">Incident: ${escapeHtml(level.meta.title)}</h1><div class="legend canvas-label"></div>
      <section class="top-bar" aria-label="Clock, site and pager"></section><section class="panel alerts-panel" aria-label="Pager and alerts"></section>
      <section class="panel terminal-panel" aria-label="Terminal"></section><section class="panel chat-panel" aria-label="Chat"></section>
      <section class="team-strip" aria-label="Your team"></section><section class="action-bar" aria-label="Actions"></section>`,
  );
  const part = (selector: string): HTMLElement => screen.querySelector<HTMLElement>(selector)!;
  const panels: IncidentPanels = {
    topBar: new TopBar(part('.top-bar'), level, parts.facilitator),
    alerts: new AlertsPanel(part('.alerts-panel')),
    chat: new ChatPanel(part('.chat-panel'), level.sim.channels),
    terminal: new TerminalPanel(part('.terminal-panel'), terminalContextFor(level.sim, parts.hostNames), parts.onTyped),
    teamStrip: new TeamStrip(part('.team-strip'), level.sim.responders, parts.teamArea, parts.deskCentres, parts.onDesk, !parts.watching),
    intentCard: new IntentCard(screen, level.sim.responders, (tick) => clockOf(level.meta.clockStart, tick)),
    legend: part('.legend'),
    actionBar: part('.action-bar'),
    announcer,
    fleetText: new FleetTextPanel(screen, level.sim, (tick) => clockOf(level.meta.clockStart, tick)),
  };
  // Read first after the heading, before the panels: the picture the canvas draws, in words.
  screen.querySelector('h1')!.after(panels.fleetText.element);
  mountActionBar(panels.actionBar, parts.onAction);
  showLegend(panels.legend, parts.fleetArea);
  if (parts.watching) {
    // The run is already written: the action bar gives way to what the keys do while watching.
    panels.actionBar.hidden = true;
    const whose = parts.watchedWho ? `<span class="watched-who">${escapeHtml(parts.watchedWho)}</span>’s run` : 'your run again';
    screen.insertAdjacentHTML('beforeend', `<div class="watch-banner">Watching ${whose}, faster · <kbd>P</kbd> pause · <kbd>+</kbd> <kbd>-</kbd> speed · <kbd>Esc</kbd> menu</div>`);
  }
  return panels;
}

/** What each tile shape means, under the fleet, with the same glyphs. */
function showLegend(legend: HTMLElement, fleetArea: Area): void {
  legend.style.left = `${fleetArea.x + 4}px`;
  legend.style.top = `${fleetArea.y + fleetArea.height + 1}px`;
  legend.innerHTML = GLYPH_LEGEND.map((entry) => `<span><img src="${ART_URLS[entry.key] ?? ''}" alt="" />${escapeHtml(entry.label)}</span>`).join('');
}
