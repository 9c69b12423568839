// The counterfactual in words, for the end screen and the Markdown export alike: labelled as what it is
// (the run the player avoided, played by the simulation), never as something that happened.

import type { ToolService } from '../sim/config';
import { lasting } from '../sim/scoring/words';
import type { Counterfactual } from './counterfactual';

export const COUNTERFACTUAL_HEADING = 'What the fleet would have done had the change gone out';

const SIGHT_WORDS: Record<ToolService, string> = { 'host-status': 'the Nagios UI', dashboards: 'the graphs', deploys: 'the deploy tool', postmortems: 'the postmortem tool' };

export interface CounterfactualWords {
  heading: string;
  /** What it is, in a sentence: a counterfactual, played by the simulation, not what happened. */
  intro: string;
  lines: string[];
}

export function counterfactualWords(counterfactual: Counterfactual, clock: (tick: number) => string): CounterfactualWords {
  const { worst, by, version } = counterfactual;
  const down = worst.webDown + worst.apiDown;
  const lines =
    down === 0
      ? ['No web or API host would have lost Apache: the change was safe after all.']
      : [
          `At the worst, ${clock(worst.tick)}, Apache would have been down on ${worst.webDown} of ${worst.webHosts} web hosts and ${worst.apiDown} of ${worst.apiHosts} API hosts (${counterfactual.hostsBroken} production hosts broken in all).`,
          `The site would have been slow for ${minutes(counterfactual.minutesSlow)} and down for ${minutes(counterfactual.minutesDown)}, with about ${counterfactual.ordersLost} orders lost.`,
          counterfactual.blind
            ? `The monitoring would have gone blind: ${listOf(counterfactual.blind.services.map((service) => SIGHT_WORDS[service]))} dark from ${clock(counterfactual.blind.fromTick)}, for ${minutes(counterfactual.blind.minutes)} in all.`
            : 'The monitoring would have kept its sight.',
          `The on-call would have had ${counterfactual.pages} page${counterfactual.pages === 1 ? '' : 's'}.`,
          counterfactual.healedAtTick === null
            ? `Chef's own second runs would not have healed the site by ${clock(counterfactual.untilTick)}.`
            : `Chef's own second runs would have healed the site by ${clock(counterfactual.healedAtTick)}, ${lasting(counterfactual.healedAtTick - counterfactual.heldAtTick)} after the push.`,
        ];
  return {
    heading: COUNTERFACTUAL_HEADING,
    intro: `A counterfactual, not what happened: the same morning played again by the simulation, with ${by} pushing httpd ${version} at ${clock(counterfactual.heldAtTick)}, when you held it, and nobody doing anything more.`,
    lines,
  };
}

function minutes(value: number): string {
  return value === 0 ? 'no time' : `${value} minute${value === 1 ? '' : 's'}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
