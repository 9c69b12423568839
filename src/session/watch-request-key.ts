// Where the facilitator's page leaves a run for the game to watch (`?watch=1`; session/watch-request).
// Its own module, so the game can read the key without loading the replay checks.

export const WATCH_REQUEST_KEY = 'apache-snafu.watch-request';
