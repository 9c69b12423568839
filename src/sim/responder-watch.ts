// A watch job: a responder keeps an eye on one thing (the site, the Chef server, the monitoring) and says
// in the channel whenever it changes, until the watch runs out or they get another job. What they say is
// read off the world at that moment, like an investigation, so it is never ahead of the truth.

import type { WatchTarget } from './commands';
import type { ResponderConfig, SimConfig, ToolService } from './config';
import type { EventLog } from './events';
import type { PoolStatus, ResponderState, SimState } from './state';
import { teamSays } from './team-channel';

export interface WatchReading {
  /** A change of status is always worth a line… */
  status: string;
  /** …a change of value only once it has moved by at least `step` since the last line (no chatter at a boundary). */
  value: number;
  step: number;
  text: string;
}

export function readWatch(config: SimConfig, state: SimState, target: WatchTarget): WatchReading {
  switch (target) {
    case 'site': {
      const web = state.pools.web;
      return {
        status: web.status,
        value: web.serving,
        step: Math.max(1, Math.round(web.hosts / 10)),
        text: `Site: ${web.serving} of ${web.hosts} web hosts serving, ${describePool(web.status)}.`,
      };
    }
    case 'chef-server': {
      const { concurrentRuns, overloaded } = state.chefServer;
      return {
        status: overloaded ? 'overloaded' : 'fine',
        value: concurrentRuns,
        step: Math.max(1, Math.round(config.chef.comfortableConcurrentRuns / 2)),
        text: overloaded ? `Chef server is overloaded: ${concurrentRuns} runs at once. Go easier on the fan-out!` : `Chef server is fine: ${concurrentRuns} runs at once.`,
      };
    }
    case 'monitoring': {
      const down = Object.entries(state.toolsUp)
        .filter(([, up]) => !up)
        .map(([service]) => service);
      return {
        status: down.join(','),
        value: 0,
        step: 1,
        text:
          down.length === 0
            ? 'Monitoring: every tool answers (the Nagios UI, the graphs, the deploy and postmortem tools).'
            : `Monitoring: still down: ${down.map((service) => TOOL_WORDS[service as ToolService]).join(', ')}.`,
      };
    }
  }
}

/** On a watch: say what is seen whenever it has changed since the last time. */
export function reportWatch(config: SimConfig, state: SimState, responder: ResponderConfig, current: ResponderState, log: EventLog): void {
  const command = current.job!.command;
  if (command.type !== 'watch') return;
  const reading = readWatch(config, state, command.target);
  const seen = current.watchSeen;
  if (seen && seen.status === reading.status && Math.abs(seen.value - reading.value) < reading.step) return;
  current.watchSeen = { status: reading.status, value: reading.value };
  log.add({ type: 'watch-reported', responder: responder.id, name: responder.name, target: command.target, text: reading.text });
  teamSays(state, responder.name, reading.text, log);
}

/** The tools as people call them, not as the level names them. */
const TOOL_WORDS: Record<ToolService, string> = {
  'host-status': 'the Nagios UI',
  dashboards: 'the graphs',
  deploys: 'the deploy tool',
  postmortems: 'the postmortem tool',
};

function describePool(status: PoolStatus): string {
  return status === 'healthy' ? 'looking healthy' : status === 'degraded' ? 'slow and erroring' : 'down';
}
