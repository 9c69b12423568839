// Customer impact: what the incident cost the people buying tea cozies, from the run's own sums: orders
// lost against a normal morning, minutes the site was slow, minutes it was down. "The site" is the web
// pool, as in the run report; the api pool's trouble shows in the orders.

import { FamilySheet, type SheetResult } from './family-sheet';
import type { RunFacts } from './run-facts';
import type { CustomerImpactScoring } from './scoring-config';
import { lasting } from './words';

const OUT_OF = { orders: 50, degraded: 30, down: 20 };

export function scoreCustomerImpact(facts: RunFacts, settings: CustomerImpactScoring): SheetResult {
  const sheet = new FamilySheet('customer-impact', facts.indexOf);
  const totals = facts.state.totals;
  const perMinute = facts.config.traffic.ordersPerMinute;
  // The evidence of impact: the web pool's changes of state (healthy, degraded, down).
  const changes = facts.events.filter((event) => event.type === 'pool-status-changed' && event.pool === 'web');

  if (perMinute <= 0) sheet.notCounted('orders', 'This shop takes no orders');
  else {
    const lost = Math.max(0, totals.ordersExpected - totals.ordersCompleted);
    const minutesWorth = lost / perMinute;
    sheet.gain(
      'orders',
      OUT_OF.orders,
      OUT_OF.orders * Math.max(0, 1 - minutesWorth / settings.ordersLostZeroMinutes),
      lost < 0.5
        ? 'Customers placed every order a normal morning brings.'
        : `Customers placed about ${Math.round(lost)} fewer orders than a normal morning brings: ${minutesWorth.toFixed(1)} minutes' worth.`,
      facts.impactTick,
      { takeaway: 'understand-your-automation', text: 'Most lost orders come from hosts that broke after the first sign: stopping Chef on the rest early keeps them serving.' },
      changes,
    );
  }

  const degradedMinutes = totals.degradedSeconds / 60;
  sheet.gain(
    'degraded',
    OUT_OF.degraded,
    OUT_OF.degraded * Math.max(0, 1 - degradedMinutes / settings.degradedZeroMinutes),
    totals.degradedSeconds === 0 ? 'The site was never slow.' : `The site was slow for ${lasting(totals.degradedSeconds)} in all.`,
    facts.impactTick,
    { takeaway: 'maintain-adaptive-capacity', text: 'Shedding load, and sharing the fix out among the team, shortens the slow stretch.' },
    changes,
  );

  const downMinutes = totals.downSeconds / 60;
  sheet.gain(
    'down',
    OUT_OF.down,
    OUT_OF.down * Math.max(0, 1 - downMinutes / settings.downZeroMinutes),
    totals.downSeconds === 0 ? 'The site never went down.' : `The site was down for ${lasting(totals.downSeconds)}.`,
    null,
    { takeaway: 'know-your-dependencies', text: 'The php7 survivors keep the site up while the rest is broken: leaving them alone until the rest is healthy avoids going fully down.' },
    changes,
  );
  return sheet.result();
}
