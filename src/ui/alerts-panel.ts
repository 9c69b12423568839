// The pager and the alert feed. The feed mixes the real failures with the dev-VM noise; F filters the
// noise out, which is how the php7 nodes' failing Chef runs stayed unnoticed: nobody read the noise.

import type { SimEvent } from '../sim/events';
import { describeEvent } from '../session/describe-event';
import { Feed } from './feed';

export class AlertsPanel {
  private readonly feed: Feed;
  private readonly filterLabel: HTMLElement;
  private hideNoise = false;

  constructor(readonly element: HTMLElement) {
    element.innerHTML = `<header><h3>Pager and alerts</h3><span class="filter"></span></header><div class="feed alerts-feed"></div>`;
    this.feed = new Feed(element.querySelector('.alerts-feed')!, 150, 'Alert feed');
    this.filterLabel = element.querySelector('.filter')!;
    this.showFilter();
  }

  toggleNoise(): void {
    this.hideNoise = !this.hideNoise;
    this.element.classList.toggle('hide-noise', this.hideNoise);
    this.showFilter();
  }

  get noiseHidden(): boolean {
    return this.hideNoise;
  }

  take(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'alert-raised' || event.type === 'alert-cleared') {
        const noise = event.type === 'alert-raised' ? !event.pagesOnCall : event.tier === 'dev';
        this.feed.add(describeEvent(event)!, `${event.type === 'alert-raised' ? 'critical' : 'ok'} ${noise ? 'noise' : ''}`);
      } else if (event.type === 'site-alert-raised' || event.type === 'site-alert-cleared') {
        this.feed.add(describeEvent(event)!, event.type === 'site-alert-raised' ? 'critical' : 'ok');
      } else if (event.type === 'monitoring-alert-raised' || event.type === 'monitoring-alert-cleared') {
        this.feed.add(describeEvent(event)!, event.type === 'monitoring-alert-raised' ? 'critical' : 'ok');
      } else if (event.type === 'page-sent') {
        this.feed.add(describeEvent(event)!, 'page');
      } else if (event.type === 'page-acked' || event.type === 'tool-went-down' || event.type === 'tool-came-back') {
        this.feed.add(describeEvent(event)!, event.type === 'tool-went-down' ? 'critical' : 'ok');
      }
    }
  }

  private showFilter(): void {
    this.filterLabel.innerHTML = `<kbd>F</kbd> ${this.hideNoise ? 'dev-VM noise hidden' : 'showing dev-VM noise'}`;
  }
}
