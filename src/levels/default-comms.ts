// Prepared posts and status updates for a level that brings none of its own: plain words that fit any
// outage. The faithful level has its own, in its story's terms; a trainer can reword either.

import type { LevelComms } from './level';

export const DEFAULT_COMMS: LevelComms = {
  posts: [
    {
      label: 'Say what is happening',
      wordings: [
        { intent: 'update', text: 'Customers are seeing slow and failing pages. I am finding out why; next update in 10 minutes.' },
        { intent: 'looking-into-it', text: 'Looking into it.' },
      ],
    },
    {
      label: 'Ask for help',
      wordings: [
        { intent: 'ask-help-vague', text: 'Anyone around? Something is weird.' },
        { intent: 'ask-help', text: 'I need help with the outage now: one person on the failing hosts, one watching the site. Please say what you take.' },
      ],
    },
    {
      label: 'Post a running summary',
      wordings: [{ intent: 'summary', text: 'Summary so far: what broke, what we know, who is on what, what is next.' }],
    },
    {
      label: 'Talk about the cause',
      wordings: [
        { intent: 'blameless', text: 'The change looked safe and the tooling surprised us. Let us fix forward and learn from it later.' },
        { intent: 'blame', text: 'Who pushed this without testing it?' },
      ],
    },
    {
      label: 'All clear',
      wordings: [{ intent: 'all-clear', text: 'All clear: the site is healthy again. Thank you all. Debrief soon, no blame.' }],
    },
  ],
  statusUpdates: [
    {
      label: 'Degraded',
      status: 'degraded',
      wordings: [
        { intent: 'update', text: 'Some pages are slow or failing. We know the cause and are fixing it; next update in 15 minutes.' },
        { intent: 'looking-into-it', text: 'We are looking into it.' },
      ],
    },
    {
      label: 'Major outage',
      status: 'major-outage',
      wordings: [{ intent: 'update', text: 'The site is down. We are working on it and will update here every 15 minutes.' }],
    },
    {
      label: 'Operational',
      status: 'operational',
      wordings: [{ intent: 'update', text: 'All fixed: everything is back to normal. Thank you for your patience.' }],
    },
  ],
};
