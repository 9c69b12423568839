// What the player could see at a given moment of the run: what the monitoring showed (or that it was
// blind), and their last look from outside. The debrief puts this beside each action, so a choice is
// judged by what was known then, not by hindsight.

import type { SimEvent } from '../sim/events';

interface Sight {
  tick: number;
  text: string;
}

/** Walks the events once and answers "what could you see at tick T?" for ticks in order. */
export class SeenThen {
  private readonly sights: Sight[] = [];

  constructor(events: readonly SimEvent[]) {
    const failing = new Set<string>();
    let nagiosUp = true;
    let graphsUp = true;
    let lastLook: string | null = null;
    for (const event of events) {
      let changed = true;
      if (event.type === 'alert-raised' && event.pagesOnCall) failing.add(event.host);
      else if (event.type === 'alert-cleared') failing.delete(event.host);
      else if (event.type === 'tool-went-down' || event.type === 'tool-came-back') {
        const up = event.type === 'tool-came-back';
        if (event.service === 'host-status') nagiosUp = up;
        else if (event.service === 'dashboards') graphsUp = up;
        else changed = false;
      } else if (event.type === 'site-viewed') lastLook = event.loaded ? `the site loaded in ${(event.latencyMs / 1000).toFixed(1)} s` : 'the site did not load';
      else if (event.type === 'lb-stats-read') lastLook = `the load balancer had ${event.pools.web.inPool} of ${event.pools.web.hosts} web hosts in pool`;
      else if (event.type === 'host-checked') lastLook = `${event.host} ${event.apacheAnswers ? 'answered' : 'did not answer'}`;
      else changed = false;
      if (!changed) continue;
      const monitoring = !nagiosUp
        ? 'Nagios was down: graph-blind'
        : failing.size === 0
          ? 'Nagios showed nothing wrong'
          : `Nagios showed ${failing.size} serving host${failing.size === 1 ? '' : 's'} failing`;
      const graphs = graphsUp ? '' : '; the graphs were dark';
      const look = lastLook ? `; last look: ${lastLook}` : '';
      this.sights.push({ tick: event.tick, text: `${monitoring}${graphs}${look}` });
    }
  }

  /** The picture as it stood just before `tick` (an action is taken on what was seen before it). */
  at(tick: number): string {
    let seen = 'Nagios showed nothing wrong';
    for (const sight of this.sights) {
      if (sight.tick >= tick) break;
      seen = sight.text;
    }
    return seen;
  }
}
