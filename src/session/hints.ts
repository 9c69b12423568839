// What an experienced on-call would point at now, for a facilitator who shows hints on the projector.
// It reads only the player's view (what the room can know at this moment), never the true state: a hint
// that knew more than the screen would teach the room to trust something they cannot see. The rules go
// from the most urgent (someone is about to act, the Chef server is drowning) to the slow ones (tell
// customers, get help); the first that applies is the hint.

import type { SimConfig } from '../sim/config';
import type { PlayerView } from './player-view';

export interface Hint {
  /** Which rule gave it (for tests and the facilitator's notes). */
  rule: HintRule;
  text: string;
  /** A question for the room at the same moment, when the facilitator pauses to discuss it. */
  question: string;
}

export type HintRule = 'cat-about-to-act' | 'chef-server-overloaded' | 'page-open' | 'blind' | 'chef-spreading' | 'status-page' | 'alone' | 'calm';

/** A look older than this no longer says what the site is like now. */
const STALE_LOOK_SECONDS = 300;
/** Hosts of a customer pool known to be failing before Chef's spread is the thing to stop. */
const SPREADING_AT = 3;

export function hintFor(config: SimConfig, view: PlayerView): Hint {
  const plan = view.team.map((state, index) => ({ name: config.responders[index]?.name ?? state.id, intent: state.intent })).find((entry) => entry.intent !== null);
  if (plan)
    return {
      rule: 'cat-about-to-act',
      text: `${plan.name} is about to act alone (${plan.intent!.summary}). Give them a clear job (C), or say no (N).`,
      question: `Should ${plan.name} do that? What could it break, and who would know?`,
    };

  if (view.chefServer.overloaded)
    return {
      rule: 'chef-server-overloaded',
      text: 'The Chef server is overloaded: too many Chef runs at once, so every run crawls. Run fewer at a time, or stop a fan-out (X).',
      question: 'Why does running Chef everywhere at once make the fix slower, not faster?',
    };

  if (view.pager.pages.some((page) => page.ackedAtTick === null))
    return {
      rule: 'page-open',
      text: 'A page is open and nobody has answered it: acknowledge it (K), so the team knows someone is on it.',
      question: 'What does the page tell you, and what does it not tell you?',
    };

  const siteLook = view.looks.site;
  if (view.fleet.blind && (siteLook === null || view.tick - siteLook.atTick > STALE_LOOK_SECONDS))
    return {
      rule: 'blind',
      text: 'The monitoring screens are dark. See what customers see: visit the site (4) or read the load balancer (5).',
      question: 'What can you still see, how old is it, and what else could tell you?',
    };

  if (chefStillSpreading(config, view))
    return {
      rule: 'chef-spreading',
      text: 'Web servers are failing and Chef keeps running on the rest. Stop the spread before fixing anything: the kill switch (1).',
      question: 'What is still changing on its own right now, and how do you stop it?',
    };

  const hurting = view.site.status === 'degraded' || view.site.status === 'down' || (siteLook !== null && !siteLook.loaded);
  if (hurting && view.statusPage.updatedAtTick === null)
    return {
      rule: 'status-page',
      text: 'Customers feel it and the status page still says nothing. Tell them (8), in plain words.',
      question: 'What would a customer want to read right now? What should you not promise?',
    };

  if (hurting && view.team.length > 0 && view.team.every((state) => state.status === 'away'))
    return {
      rule: 'alone',
      text: 'You are on your own. Ask the team for help (C), and give each one a single clear job.',
      question: 'Who would you call first, and what exactly would you ask them to do?',
    };

  return {
    rule: 'calm',
    text: 'Nothing urgent on screen. Check what changed lately, and keep the team channel up to date (9).',
    question: 'If someone joined now, what would they need to know in one sentence?',
  };
}

/** Hosts of a customer pool failing while Chef is neither paused nor stopped on every one of them. */
function chefStillSpreading(config: SimConfig, view: PlayerView): boolean {
  if (view.switches.chefPaused) return false;
  const served = view.fleet.hosts.filter((host) => config.tiers[host.tierIndex]?.pool != null);
  const failing = served.filter((host) => host.state === 'failed').length;
  if (failing < SPREADING_AT) return false;
  return served.some((host) => host.state !== 'chef-stopped' && host.state !== 'failed' && host.state !== 'drained' && host.state !== 'unknown');
}
