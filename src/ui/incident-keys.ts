// The incident screen's keys, listed once: the briefing shows them, the help overlay shows them, the
// action bar and the key bindings use them, and the browser tests press every one.

/** The hand-over key: the top bar names it when the site is whole. */
export const HAND_OVER_KEY = 'H';

export interface IncidentKey {
  key: string;
  does: string;
}

export const INCIDENT_KEYS: readonly IncidentKey[] = [
  { key: '1', does: 'Chef on/off: stop or start chef-client (the kill switch)' },
  { key: '2', does: 'Run Chef on hosts (a dsh fan-out)' },
  { key: '3', does: 'Look at a host out of band (ssh)' },
  { key: '4', does: 'Visit the site as a customer' },
  { key: '5', does: "Read the load balancer's own stats" },
  { key: '6', does: 'Shed load: switch a feature off or on' },
  { key: '7', does: 'Cookbook: mirror, fix forward, staging, canary' },
  { key: '8', does: 'Update the external status page' },
  { key: '9', does: 'Post in the team channel' },
  { key: 'K', does: 'Acknowledge pages' },
  { key: 'C', does: 'Your team: ask for help, give one a clear job' },
  { key: 'H', does: 'Hand over the shift, once the site is whole' },
  { key: 'F', does: 'Filter the dev-VM noise out of the alerts' },
  { key: 'B', does: "Hide the Chef bot's lines in chat" },
  { key: 'T', does: 'Type in the terminal (try: help)' },
  { key: 'M', does: 'Sound off or on' },
  { key: 'P', does: 'Pause or resume the clock' },
  { key: '+ / -', does: 'Faster or slower' },
  { key: 'Esc', does: 'Pause menu' },
];
