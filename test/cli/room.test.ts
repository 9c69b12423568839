// `npm run room` serves one copy of the game to a room: it prints the addresses other laptops can reach,
// each carrying the session's level and seed, and the facilitator's page.

import { describe, expect, it } from 'vitest';
import { roomAddresses, roomUrls } from '../../scripts/room-urls';

describe('the room’s links', () => {
  it('use only addresses another laptop can reach', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
        { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
      ],
      wlan0: [{ address: '169.254.3.4', family: 'IPv4', internal: false, netmask: '255.255.0.0', mac: '', cidr: null }],
    } as const;
    expect(roomAddresses(interfaces as unknown as Parameters<typeof roomAddresses>[0])).toEqual(['192.168.1.20']);
  });

  it('carry the level and seed, and lead the facilitator to their page and to team mode', () => {
    expect(roomUrls(['192.168.1.20', '10.0.0.5'], 4173, 'chat-down', 7)).toEqual({
      players: ['http://192.168.1.20:4173/?level=chat-down&seed=7', 'http://10.0.0.5:4173/?level=chat-down&seed=7'],
      facilitator: ['http://192.168.1.20:4173/facilitator.html', 'http://10.0.0.5:4173/facilitator.html'],
      team: ['http://192.168.1.20:4173/team.html', 'http://10.0.0.5:4173/team.html'],
      problem: null,
    });
  });

  it('say what to do when the machine is on no network', () => {
    expect(roomUrls([], 4173, 'apache-snafu', 1).problem).toMatch(/no network address another laptop can reach/);
  });
});
