// The load balancer's own health checks: a host that fails enough checks in a row leaves its pool, and
// comes back after enough passes. Draining is separate: a drained host gets no traffic whatever its health.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import type { SimState } from './state';
import { ticksFor } from './ticks';

export function runLoadBalancer(config: SimConfig, state: SimState, log: EventLog): void {
  const lbConfig = config.loadBalancer;
  if (state.tick % ticksFor(lbConfig.healthCheckSeconds) !== 0) return;
  for (const host of state.hosts) {
    const member = host.lb;
    if (!member) continue;
    const pool = config.tiers[host.tierIndex]!.pool!;
    if (host.apache.status === 'running') {
      member.failedChecks = 0;
      if (member.inPool) continue;
      member.passedChecks++;
      if (member.passedChecks >= lbConfig.successesToRejoinPool) {
        member.inPool = true;
        member.passedChecks = 0;
        log.add({ type: 'host-joined-pool', host: host.name, pool });
      }
    } else {
      member.passedChecks = 0;
      if (!member.inPool) continue;
      member.failedChecks++;
      if (member.failedChecks >= lbConfig.failuresToLeavePool) {
        member.inPool = false;
        member.failedChecks = 0;
        log.add({ type: 'host-left-pool', host: host.name, pool });
      }
    }
  }
}
