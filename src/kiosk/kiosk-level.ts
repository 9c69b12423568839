// Which level the booth shows and offers: the conference cut (a short level made for a booth) when the
// catalog has it and its skilled replay, else the Apache SNAFU itself. One constant names each.

/** The level made for a booth; the kiosk uses it when it is there. */
export const KIOSK_LEVEL_ID = 'conference-cut';
/** The true story's own level, whose skilled replay the attract loop plays when the conference cut is not there. */
export const KIOSK_FALLBACK_LEVEL_ID = 'apache-snafu';

/**
 * The booth's level: the conference cut, else the fallback, else the first level that has a skilled
 * replay; null when none has one (the kiosk then has no attract loop to play and says so).
 */
export function kioskLevelId(levelIds: readonly string[], withSkilledReplay: readonly string[]): string | null {
  const playable = (id: string): boolean => levelIds.includes(id) && withSkilledReplay.includes(id);
  if (playable(KIOSK_LEVEL_ID)) return KIOSK_LEVEL_ID;
  if (playable(KIOSK_FALLBACK_LEVEL_ID)) return KIOSK_FALLBACK_LEVEL_ID;
  return levelIds.find(playable) ?? null;
}
