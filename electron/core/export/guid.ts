import { createHash } from 'node:crypto';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * A GUID for REFI-QDA and JSON-LD. Daftar's own ids are UUIDs and are used as they are, so an
 * exported code or selection keeps its identity across exports. Anything else (a user's name,
 * a pair of ids, an id from an odd file) gets a name-based UUID (version 5 layout over SHA-1):
 * the same input always gives the same GUID.
 */
export function guidFor(id: string, namespace = 'daftar'): string {
  if (namespace === 'daftar' && UUID.test(id)) return id.toLowerCase();
  const h = createHash('sha1').update(`${namespace}\u0000${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
