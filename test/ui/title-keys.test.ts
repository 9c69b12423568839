// The title's keys: the menu's when nothing is open; while Settings or About is up, only that panel's own
// keys answer, so Enter never starts the game and L never switches the level behind a panel.

import { describe, expect, it } from 'vitest';
import { titleBindings, type TitleActions, type TitlePanel } from '../../src/ui/title-keys';

/** The action each bound key runs, by name. */
function boundTo(open: TitlePanel | null): Record<string, string> {
  const actions = {} as Record<keyof TitleActions, () => void>;
  const names: (keyof TitleActions)[] = ['start', 'nextLevel', 'toggleSettings', 'toggleAbout', 'toggleProjector', 'toggleMute', 'facilitator', 'closePanel'];
  for (const name of names) actions[name] = () => name;
  const bindings = titleBindings(open, actions);
  return Object.fromEntries(Object.entries(bindings).map(([key, run]) => [key, names.find((name) => actions[name] === run)!]));
}

describe('the title keys', () => {
  it('start the level, pick another, open the panels, switch projector mode and sound, and go to the facilitator page', () => {
    expect(boundTo(null)).toEqual({
      Enter: 'start',
      ' ': 'start',
      l: 'nextLevel',
      s: 'toggleSettings',
      a: 'toggleAbout',
      p: 'toggleProjector',
      m: 'toggleMute',
      f: 'facilitator',
      Escape: 'closePanel',
    });
  });

  it('in Settings: Esc and S close it, P and M change what it shows; Enter, Space, L, A and F do nothing behind it', () => {
    expect(boundTo('settings')).toEqual({ Escape: 'closePanel', s: 'toggleSettings', p: 'toggleProjector', m: 'toggleMute' });
  });

  it('in About: Esc and A close it, M is sound; nothing else answers', () => {
    expect(boundTo('about')).toEqual({ Escape: 'closePanel', a: 'toggleAbout', m: 'toggleMute' });
  });
});
