// Staging, where the level asks for a review of the change before it goes out (the Hindsight level):
// the rule judges the answer by what it rested on and what it did. Held on what a try showed (a staging
// test, a canary whose Apache failed), the change never reached the fleet: every production host it
// kept is credited. Held without a try, or let go without one, earns nothing: a "no" nobody looked into
// is luck or a blocked chore, and a "yes" nobody looked into is how the real morning went.

import { FamilySheet, type Helped } from './family-sheet';
import type { ReviewFacts } from './review-facts';
import type { RunFacts } from './run-facts';
import { at, count } from './words';

const OUT_OF = 40;

const HELPED: Helped = {
  takeaway: 'understand-your-automation',
  text: 'Asked to look at a change, try it before answering: staging is quick here, or pin it on one canary host and run Chef there. Then hold it, or let it go, on what the try showed.',
};

export function reviewRule(sheet: FamilySheet, facts: RunFacts): void {
  const review = facts.review;
  if (!review) return;
  const author = facts.config.change.by;
  if (review.askedTick === null) return void sheet.notCounted('review', `${author} never got to ask you to look at the change`);
  const tried = review.evidence ? triedWords(review) : null;
  const passed = review.passedTry ? `${review.passedTry.where === 'staging' ? 'Staging' : 'A canary'} showed the change working (${at(review.passedTry.tick)})` : null;
  const cite = [review.evidence, review.held, review.approved, review.pushedAnyway, review.averted].filter((event) => event !== null);

  if (review.outTick === null) {
    if (review.held && review.evidence) {
      const kept = `${review.hostsKept} of the ${count(review.hostsAtRisk, 'production host')} at risk never took it`;
      const points = review.hostsAtRisk > 0 ? (OUT_OF * review.hostsKept) / review.hostsAtRisk : OUT_OF;
      return void sheet.gain('review', OUT_OF, points, `${tried}, and you held the change on it: ${kept}.`, review.averted?.tick ?? review.held.tick, HELPED, cite);
    }
    if (review.held) {
      const text = review.passedTry
        ? `You held the change ${at(review.held.tick)} though ${review.passedTry.where === 'staging' ? 'staging' : 'a canary'} showed it working: the chore it was for is still waiting.`
        : `You held the change ${at(review.held.tick)} without trying it: nothing broke, but nobody found out whether it was safe, and the chore it was for is still waiting.`;
      return void sheet.gain('review', OUT_OF, 0, text, review.held.tick, HELPED, cite);
    }
    return void sheet.gain('review', OUT_OF, 0, `${author} asked you to look at the change, and the shift ended with no answer.`, review.askedTick, HELPED, cite);
  }

  const how = review.approved
    ? `you let it go out ${at(review.approved.tick)}`
    : review.pushedAnyway
      ? `it went out ${at(review.outTick)} when nobody objected`
      : `it went out ${at(review.outTick)}`;
  const broke = review.brokeAfterOut;
  const harm = broke > 0 ? `, and ${count(broke, 'production host')} broke` : ', and it broke nothing';
  if (tried && broke === 0) return void sheet.gain('review', OUT_OF, OUT_OF, `${tried}, what it showed was mended, then ${how}${harm}.`, review.outTick, HELPED, cite);
  if (tried) return void sheet.gain('review', OUT_OF, 0, `${tried}, but ${how}${harm}.`, review.outTick, HELPED, cite);
  if (passed) return void sheet.gain('review', OUT_OF, broke === 0 ? OUT_OF : 0, `${passed}, then ${how}${harm}.`, review.outTick, HELPED, cite);
  // Let go without a look: nothing learned either way; if it broke nothing, that was luck, worth half.
  sheet.gain('review', OUT_OF, broke === 0 ? OUT_OF / 2 : 0, `${author} asked you to look at the change; nobody tried it, ${how}${harm}.`, review.outTick, HELPED, cite);
}

function triedWords(review: ReviewFacts): string {
  const evidence = review.evidence!;
  const where = evidence.kind === 'staging' ? 'The staging test' : `A canary on ${evidence.hosts.join(', ')}`;
  return `${where} showed Apache failing with ${evidence.version} (${at(evidence.tick)})`;
}
