// The strip across the top of the incident: the game clock, pause and speed, the site as far as the
// player can tell (from the dashboards while they work, else from the last look at the site), and at its
// right end how the shift will end: the invitation to hand over, and the countdown before an automatic
// end. Those take the place of the key hints, and the longer texts give way (cut with …) before anything
// overlaps.

import type { Level } from '../levels/level';
import { formatMs } from '../session/describe-event';
import type { PlayerView } from '../session/player-view';
import { URGENT_SECONDS } from '../session/shift-end';
import { HAND_OVER_KEY } from './incident-keys';

export function clockText(level: Level, tick: number): string {
  const [hours, minutes] = level.meta.clockStart.split(':').map(Number) as [number, number];
  const seconds = hours * 3600 + minutes * 60 + tick;
  return [Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

export class TopBar {
  private readonly clock: HTMLElement;
  private readonly speed: HTMLElement;
  private readonly site: HTMLElement;
  private readonly pager: HTMLElement;
  private readonly statusPage: HTMLElement;
  private readonly countdown: HTMLElement;
  private readonly handOver: HTMLElement;
  private readonly hints: HTMLElement;

  constructor(
    readonly element: HTMLElement,
    private readonly level: Level,
  ) {
    element.innerHTML = `
      <span class="clock" title="Game clock"></span>
      <span class="speed"></span>
      <span class="site"></span>
      <span class="pager"></span>
      <span class="status-page"></span>
      <span class="shift-end">
        <span class="countdown" hidden title="Game time left before the shift ends by itself"></span>
        <span class="hand-over" hidden title="Hand over once you have switched back what you switched off and posted the all-clear"></span>
        <span class="hints"><kbd>P</kbd> pause <kbd>?</kbd> help <kbd>Esc</kbd> menu</span>
      </span>`;
    this.clock = element.querySelector('.clock')!;
    this.speed = element.querySelector('.speed')!;
    this.site = element.querySelector('.site')!;
    this.pager = element.querySelector('.pager')!;
    this.statusPage = element.querySelector('.status-page')!;
    this.countdown = element.querySelector('.countdown')!;
    this.handOver = element.querySelector('.hand-over')!;
    this.hints = element.querySelector('.hints')!;
  }

  update(view: PlayerView, paused: boolean, speed: number): void {
    this.clock.textContent = clockText(this.level, view.tick);
    this.speed.textContent = paused ? '❚❚ PAUSED' : `▶ ${speed}×`;
    this.speed.className = `speed ${paused ? 'paused' : ''}`;
    const site = view.site;
    if (site.status !== 'unknown' && site.p50LatencyMs !== null && site.errorRate !== null) {
      const label = site.status === 'healthy' ? 'Site OK' : site.status === 'degraded' ? 'Site DEGRADED' : 'Site DOWN';
      this.site.textContent = `${label} · p50 ${formatMs(site.p50LatencyMs)} · ${(site.errorRate * 100).toFixed(1)} % errors`;
      this.site.className = `site ${site.status}`;
    } else {
      const look = site.lastVisit;
      this.site.textContent = look
        ? `Site: unknown (blind) · last visit ${clockText(this.level, look.atTick)}: ${look.loaded ? formatMs(look.latencyMs) : 'error page'}`
        : 'Site: unknown (blind) · press 4 to visit it';
      this.site.className = 'site unknown';
    }
    const open = view.pager.open;
    this.pager.textContent = open > 0 ? `Pager: ${open} open (K)` : 'Pager: quiet';
    this.pager.className = `pager ${open > 0 ? 'ringing' : ''}`;
    const page = view.statusPage;
    this.statusPage.textContent =
      page.updatedAtTick === null ? 'Status page: not updated' : `Status page: ${page.status.replace('-', ' ')}, ${Math.floor((view.tick - page.updatedAtTick) / 60)} min ago`;
    // Squeezed by the shift's end, these two may be cut short: the whole text is a hover away.
    this.site.title = this.site.textContent;
    this.statusPage.title = `${this.statusPage.textContent} (the external status page customers read)`;
    this.showShiftEnd(view);
  }

  private showShiftEnd(view: PlayerView): void {
    const notice = view.shift;
    this.countdown.hidden = notice.countdown === null;
    this.countdown.textContent = notice.countdown ?? '';
    this.countdown.classList.toggle('urgent', notice.secondsLeft <= URGENT_SECONDS);
    this.handOver.hidden = !notice.handOver;
    // Beside a countdown there is room for the short form only.
    const key = `<kbd>${HAND_OVER_KEY}</kbd>`;
    const invitation = notice.countdown === null ? `Site healthy: press ${key} to hand over` : `Site healthy: ${key} hands over`;
    if (this.handOver.innerHTML !== invitation) this.handOver.innerHTML = invitation;
    // The key hints give way to what matters more at the end of a shift (they stay in the help, ?).
    this.hints.hidden = notice.countdown !== null || notice.handOver;
  }
}
