// The browser's storage, in memory, for tests of what the game saves (settings, best scores).

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** Only the two methods the game uses: a test that needs more should fail to compile, not pass wrongly. */
export function memoryStorage(): Storage {
  return new MemoryStorage() as unknown as Storage;
}
