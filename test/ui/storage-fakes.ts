// Browser storages that misbehave the ways real ones do: a corrupted profile whose every read throws, a
// full disk (QuotaExceededError), a storage that cannot delete. For the tests of ui/safe-storage and
// the records kept in it (settings, best scores).

import type { StorageLike } from '../../src/ui/safe-storage';

export interface FakeStorage extends StorageLike {
  items: Map<string, string>;
  removeItem(key: string): void;
}

export interface Faults {
  /** Every getItem throws (as in a corrupted browser profile). */
  read?: boolean;
  /** Every setItem throws a QuotaExceededError once the items hold more than this many characters. */
  quota?: number;
  /** Every setItem throws. */
  write?: boolean;
  /** Every removeItem throws. */
  remove?: boolean;
}

export function fakeStorage(faults: Faults = {}, items: Record<string, string> = {}): FakeStorage {
  const map = new Map(Object.entries(items));
  const size = (): number => [...map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    items: map,
    getItem(key) {
      if (faults.read) throw new DOMException('The operation is insecure.', 'SecurityError');
      return map.get(key) ?? null;
    },
    setItem(key, value) {
      if (faults.write) throw new Error('storage is read-only');
      const before = map.get(key);
      map.set(key, value);
      if (faults.quota !== undefined && size() > faults.quota) {
        if (before === undefined) map.delete(key);
        else map.set(key, before);
        throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
      }
    },
    removeItem(key) {
      if (faults.remove) throw new Error('cannot remove');
      map.delete(key);
    },
  };
}
