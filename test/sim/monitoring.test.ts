// Monitoring: checks, alerts and pages keep working when Apache fails everywhere; the screens people
// read them on run on Apache too, and go dark.

import { describe, expect, it } from 'vitest';
import { tinyLevel } from '../support/tiny-level';
import { World } from '../support/run-sim';

describe('monitoring', () => {
  it('alerts on a host after three failed checks in a row, and the first page comes two to four minutes after the first host breaks', () => {
    const world = new World(tinyLevel()).run(8 * 60);
    const firstBreak = world.eventsOf('apache-failed-to-start')[0]!.tick;
    const firstPage = world.eventsOf('page-sent')[0]!;
    expect(firstPage.tick - firstBreak).toBeGreaterThanOrEqual(2 * 60);
    expect(firstPage.tick - firstBreak).toBeLessThanOrEqual(4 * 60);
  });

  it('pages the on-call once per tier, not once per host', () => {
    const world = new World(tinyLevel()).run(13 * 60);
    const pagedTiers = world.eventsOf('page-sent').map((event) => event.tier);
    expect(new Set(pagedTiers).size).toBe(pagedTiers.length);
    expect(pagedTiers).toEqual(expect.arrayContaining(['web', 'api']));
  });

  it('lets developer VMs alert into the feed without ever paging', () => {
    const world = new World(tinyLevel()).run(15 * 60);
    expect(world.eventsOf('alert-raised').some((event) => event.tier === 'dev' && !event.pagesOnCall)).toBe(true);
    expect(world.eventsOf('page-sent').some((event) => event.tier === 'dev')).toBe(false);
  });

  it('goes blind when the hosts behind its screens lose Apache, and its checks still alert', () => {
    const world = new World(tinyLevel());
    world.runUntilState((state) => !state.toolsUp['host-status'] && !state.toolsUp.dashboards, 13 * 60);
    expect(
      world
        .eventsOf('tool-went-down')
        .map((event) => event.service)
        .sort(),
    ).toEqual(['dashboards', 'host-status']);
    const blindAt = world.eventsOf('tool-went-down').find((event) => event.service === 'host-status')!.tick;
    world.run(5 * 60);
    expect(world.eventsOf('alert-raised').some((event) => event.tick > blindAt)).toBe(true);
  });

  it('sees again as soon as a monitoring host is fixed first', () => {
    const world = new World(tinyLevel());
    world.runUntilState((state) => !state.toolsUp['host-status'] && !state.toolsUp.dashboards, 13 * 60);
    world.give({ type: 'run-chef', hosts: ['@nagios-web'] });
    world.runUntilState((state) => state.toolsUp['host-status'], 4 * 60);
    expect(world.state.toolsUp.dashboards).toBe(false);
  });

  it('reports every failed Chef run in the ops channel, the dev-VM noise included', () => {
    const world = new World(tinyLevel()).run(12 * 60);
    const bot = world.eventsOf('message-posted').filter((event) => event.from === 'chef-bot' && event.channel === 'ops');
    expect(bot.some((event) => event.text.startsWith('chef-client failed on dev-'))).toBe(true);
    expect(bot.some((event) => event.text.startsWith('chef-client failed on web-php7-'))).toBe(true);
    expect(bot.some((event) => event.text.includes('promoted cookbook apache'))).toBe(true);
  });

  it('lets the on-call acknowledge a page once', () => {
    const world = new World(tinyLevel()).run(8 * 60);
    const pageId = world.state.pages[0]!.id;
    world.give({ type: 'ack-page', pageId }).give({ type: 'ack-page', pageId });
    expect(world.eventsOf('page-acked')).toHaveLength(1);
    expect(world.refusals()).toEqual([`Page #${pageId} is already acknowledged.`]);
  });
});

describe('the pager', () => {
  it('acknowledges every open page at once when no page is named', () => {
    const world = new World(tinyLevel()).run(13 * 60).give({ type: 'ack-page' });
    expect(world.state.pages.length).toBeGreaterThan(1);
    expect(world.state.pages.every((page) => page.ackedAtTick !== null)).toBe(true);
    world.give({ type: 'ack-page' });
    expect(world.refusals()).toEqual(['There is no open page to acknowledge.']);
  });
});
