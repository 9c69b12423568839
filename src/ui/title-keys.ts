// The title's keys, by what is open: the menu's keys when nothing is, and only the open panel's own keys
// while Settings or About is up (they are modal dialogs, src/ui/modal-focus.ts). So Enter in Settings
// changes the focused setting and never starts the game, and L never switches the level behind a panel.

export type TitlePanel = 'settings' | 'about';

/** What the title's keys can do; the title scene provides it. */
export interface TitleActions {
  start: () => void;
  nextLevel: () => void;
  toggleSettings: () => void;
  toggleAbout: () => void;
  toggleProjector: () => void;
  toggleMute: () => void;
  facilitator: () => void;
  closePanel: () => void;
}

export function titleBindings(open: TitlePanel | null, actions: TitleActions): Record<string, () => void> {
  // M is sound on every screen, and a change that shows in the Settings panel if it is open.
  if (open === 'settings') return { Escape: actions.closePanel, s: actions.toggleSettings, p: actions.toggleProjector, m: actions.toggleMute };
  if (open === 'about') return { Escape: actions.closePanel, a: actions.toggleAbout, m: actions.toggleMute };
  return {
    Enter: actions.start,
    ' ': actions.start,
    l: actions.nextLevel,
    s: actions.toggleSettings,
    a: actions.toggleAbout,
    p: actions.toggleProjector,
    m: actions.toggleMute,
    f: actions.facilitator,
    Escape: actions.closePanel,
  };
}
