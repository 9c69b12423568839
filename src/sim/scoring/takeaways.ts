// The five takeaways of the true story, which the debrief's "what would have helped" hangs on: every
// point a run missed names the takeaway it belongs to, so a facilitator can lead the talk by them.

export type TakeawayId = 'understand-your-automation' | 'maintain-adaptive-capacity' | 'know-your-dependencies' | 'build-relationships-share-knowledge' | 'always-be-learning';

export interface Takeaway {
  id: TakeawayId;
  label: string;
  /** The takeaway in a sentence, as the team put it afterwards. */
  gist: string;
}

export const TAKEAWAYS: readonly Takeaway[] = [
  {
    id: 'understand-your-automation',
    label: 'Understand your automation',
    gist: 'Can you tell when it goes wrong, test it, turn it off, and do its job by hand?',
  },
  {
    id: 'maintain-adaptive-capacity',
    label: 'Maintain adaptive capacity',
    gist: 'People can drop everything and help without friction, and each knows what to do.',
  },
  {
    id: 'know-your-dependencies',
    label: 'Know your dependencies',
    gist: 'Including the tools only ops cares about: the graphs, the chat, the Chef server, the mirror.',
  },
  {
    id: 'build-relationships-share-knowledge',
    label: 'Build cross-team relationships and share knowledge',
    gist: 'Say what is happening, early and often, to the team and to customers.',
  },
  {
    id: 'always-be-learning',
    label: 'Always be learning',
    gist: 'Blameless words and debriefs; finding out why is real work.',
  },
];
