// Starting Apache, by Chef's service resource or by a person with systemctl. It fails while the new
// package's default config file is still there: the quirk at the heart of the incident.

import type { SimConfig } from './config';
import type { EventLog } from './events';
import type { HostState } from './state';

/** Tries to (re)start Apache; returns whether it is running afterwards. */
export function startApache(config: SimConfig, host: HostState, by: string, log: EventLog): boolean {
  const apache = host.apache;
  if (apache.status === 'absent') return false;
  if (apache.defaultConfigPresent) {
    apache.status = 'failed';
    log.add({
      type: 'apache-failed-to-start',
      host: host.name,
      by,
      reason: `httpd ${apache.version} will not start: ${config.apache.defaultConfigPath} breaks its config`,
    });
    return false;
  }
  if (apache.status !== 'running') {
    apache.status = 'running';
    log.add({ type: 'apache-started', host: host.name, by });
  }
  return true;
}

export function removeDefaultConfig(host: HostState, by: string, log: EventLog): void {
  if (!host.apache.defaultConfigPresent) return;
  host.apache.defaultConfigPresent = false;
  log.add({ type: 'default-config-removed', host: host.name, by });
}
