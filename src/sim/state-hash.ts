// A fingerprint of the whole state (FNV-1a over every value, keys included, in order), so tests can
// show that the same level, seed and commands give the same world tick after tick.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashState(state: unknown): string {
  return (hashValue(state, FNV_OFFSET) >>> 0).toString(16).padStart(8, '0');
}

function hashValue(value: unknown, hash: number): number {
  if (value === null || value === undefined) return mixString(String(value), hash);
  switch (typeof value) {
    case 'number':
      return mixString(Object.is(value, -0) ? '0' : String(value), mixByte(hash, 0x6e));
    case 'string':
      return mixString(value, mixByte(hash, 0x73));
    case 'boolean':
      return mixByte(hash, value ? 0x54 : 0x46);
    case 'object': {
      if (Array.isArray(value)) {
        let h = mixByte(hash, 0x5b);
        for (const item of value) h = hashValue(item, h);
        return mixByte(h, 0x5d);
      }
      let h = mixByte(hash, 0x7b);
      for (const [key, item] of Object.entries(value)) h = hashValue(item, mixString(key, h));
      return mixByte(h, 0x7d);
    }
    default:
      throw new TypeError(`state holds a ${typeof value}, which cannot be saved`);
  }
}

function mixString(text: string, hash: number): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = mixByte(h, text.charCodeAt(i));
  return h;
}

function mixByte(hash: number, byte: number): number {
  return Math.imul(hash ^ (byte & 0xffff), FNV_PRIME);
}
