// The strip across the top of the incident: the game clock, pause and speed, the site as far as the
// player can tell (from the graphs while they work, the same last-minute figures the dashboards show,
// else from the last look at the site, with its time), the status page (whoever posted it), and at its
// right end how the shift will end: the invitation to hand over, and the countdown before an automatic
// end. Those take the place of the key hints, and the longer texts give way (cut with …) before anything
// overlaps; each cut text is whole on hover.

import type { Level } from '../levels/level';
import { formatMs } from '../session/describe-event';
import { clockOf } from '../session/game-clock';
import type { PlayerView } from '../session/player-view';
import { URGENT_SECONDS } from '../session/shift-end';
import { siteFigures } from '../session/site-figures';
import { StatusPageNews } from '../session/status-page-news';
import type { SimEvent } from '../sim/events';
import { HAND_OVER_KEY } from './incident-keys';

export function clockText(level: Level, tick: number): string {
  return clockOf(level.meta.clockStart, tick);
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
  private readonly statusNews: StatusPageNews;

  constructor(
    readonly element: HTMLElement,
    private readonly level: Level,
    /** With the facilitator's live controls on, the key hints name theirs instead. */
    facilitator = false,
  ) {
    const hints = facilitator ? '<kbd>D</kbd> discuss <kbd>G</kbd> hints <kbd>I</kbd> inject <kbd>?</kbd> help' : '<kbd>P</kbd> pause <kbd>?</kbd> help <kbd>Esc</kbd> menu';
    element.innerHTML = `
      <span class="clock" title="Game clock"></span>
      <span class="speed"></span>
      <span class="site"></span>
      <span class="pager"></span>
      <span class="status-page"></span>
      <span class="shift-end">
        <span class="countdown" hidden title="Game time left before the shift ends by itself"></span>
        <span class="hand-over" hidden title="Hand over once you have switched back what you switched off and posted the all-clear"></span>
        <span class="hints">${hints}</span>
      </span>`;
    this.clock = element.querySelector('.clock')!;
    this.speed = element.querySelector('.speed')!;
    this.site = element.querySelector('.site')!;
    this.pager = element.querySelector('.pager')!;
    this.statusPage = element.querySelector('.status-page')!;
    this.countdown = element.querySelector('.countdown')!;
    this.handOver = element.querySelector('.hand-over')!;
    this.hints = element.querySelector('.hints')!;
    this.statusNews = new StatusPageNews(new Map(level.sim.responders.map((responder) => [responder.id, responder.name])), level.sim.actionSeconds.updateStatusPage);
  }

  /** The tick's events: who posted the status page, and a cat's update on its way to it. */
  take(events: readonly SimEvent[]): void {
    this.statusNews.learn(events);
  }

  update(view: PlayerView, paused: boolean, speed: number): void {
    this.clock.textContent = clockText(this.level, view.tick);
    this.speed.textContent = paused ? '❚❚ PAUSED' : `▶ ${speed}×`;
    this.speed.className = `speed ${paused ? 'paused' : ''}`;
    const open = view.pager.open;
    this.pager.textContent = open > 0 ? `Pager: ${open} open (K)` : 'Pager: quiet';
    this.pager.className = `pager ${open > 0 ? 'ringing' : ''}`;
    this.statusNews.see(view);
    this.statusPage.textContent = this.statusNews.line(view);
    // Squeezed by the shift's end, these two may be cut short: the whole text is a hover away.
    this.statusPage.title = `${this.statusPage.textContent} (the external status page customers read)`;
    this.showShiftEnd(view);
  }

  /**
   * The site: the graphs' last-minute figures (the dashboards show the very same ones), or, blind, the
   * last visit with its time. The hover says exactly which minute the figures cover. Called when the
   * canvas draws, with the view it draws, so the line and the dashboards never show different minutes
   * (the canvas is redrawn at most twice a second, which at speed 8 is many ticks apart).
   */
  showSite(view: PlayerView): void {
    const site = view.site;
    const figures = siteFigures(view.dashboards);
    const clock = (tick: number): string => clockText(this.level, tick);
    if (site.status !== 'unknown' && figures) {
      const label = site.status === 'healthy' ? 'Site OK' : site.status === 'degraded' ? 'Site DEGRADED' : 'Site DOWN';
      this.site.textContent = `${label} · last min: p50 ${formatMs(figures.p50Ms)}, ${(figures.errorRate * 100).toFixed(1)} % errors`;
      this.site.className = `site ${site.status}`;
      this.site.title = `${this.site.textContent}. From the graphs, as on the dashboards: the average of ${clock(figures.fromTick)} to ${clock(figures.toTick)}.`;
      return;
    }
    const look = site.lastVisit;
    this.site.textContent =
      site.status !== 'unknown'
        ? 'Site: waiting for the graphs'
        : look
          ? `Site: unknown (blind) · last visit ${clock(look.atTick)}: ${look.loaded ? formatMs(look.latencyMs) : 'error page'}`
          : 'Site: unknown (blind) · press 4 to visit it';
    this.site.className = 'site unknown';
    this.site.title = `${this.site.textContent}${look ? '. Your own visit as a customer, at the time shown.' : ''}`;
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
