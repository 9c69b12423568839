// The debrief's first line, and the words for how the shift ended: a pure function of the run's facts,
// so it is never kinder (or harsher) than what happened. "The site is back" is only the player's when
// their own decisions started Apache again somewhere; a shift that ran out says so, and one that ran out
// with the site healthy does not say customers were still hurting.

import { listOf } from '../sim/scoring/words';
import type { RunEnding } from './run-ending';

export function headlineOf(ending: RunEnding, notOver: string | null = null): string {
  // The simulation may call it recovered while the score finds it not over (a host still broken behind
  // the survivors, the change only held off by a switch): the headline says both.
  const but = notOver === null ? '' : ` But the incident was not over: ${notOver}.`;
  return `${endedHeadline(ending)}${ending.result === 'unresolved' ? '' : but}`;
}

function endedHeadline(ending: RunEnding): string {
  if (ending.result === 'no-impact') return 'Customers never noticed.';
  if (ending.result === 'recovered') {
    // Handing over (or a level's grace closing it) is the usual end; a shift that ran out first says so.
    return ending.reason === 'time-limit' ? `${siteBack(ending)}; the shift ran out before you handed over.` : `${siteBack(ending)}.`;
  }
  // Not recovered: the shift ran out before the site had been whole long enough to call it resolved.
  if (ending.siteWhole) return `The shift ended with the site healthy again${ending.restarts.you > 0 ? ' after your fix' : ''}, but not for long enough to call the incident resolved.`;
  if (ending.customersServed) {
    const hosts = ending.hostsStillBroken === 1 ? 'one web or api host' : `${ending.hostsStillBroken} web and api hosts`;
    return `The shift ended with customers served again, but Apache still down on ${hosts}.`;
  }
  if (ending.siteDown) return 'The shift ended with the site down and customers still hurting.';
  return 'The shift ended with customers still hurting.';
}

/** Who brought the site back: the player's fix, Chef's own second runs, or cats acting on their own. */
function siteBack(ending: RunEnding): string {
  const { you, chef, aloneNames } = ending.restarts;
  const alone = listOf(aloneNames);
  if (you > 0) return 'The site is back, and your fix brought it back';
  if (chef > 0) return `The site came back on its own: Chef's second runs healed the fleet${alone ? ` (${alone} helped, without a job from you)` : ''}, not a fix of yours`;
  if (alone) return `The site is back, brought back by ${alone}, acting without a job from you`;
  return 'The site is back';
}

/** How the shift closed, in words ("its time ran out" rather than "time-limit"), after "the shift ended at 10:42". */
export function endingText(reason: RunEnding['reason']): string {
  switch (reason) {
    case 'player-ended':
      return 'you handed over';
    case 'resolved':
      return 'resolved, and the level closed it after its grace time';
    case 'time-limit':
      return 'its time ran out';
  }
}
