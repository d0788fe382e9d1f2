/**
 * `o[key]` when `key` is the object's own property, else undefined: never a property of Object.prototype
 * («__proto__», «toString», «constructor»). For any lookup by a string from outside (a page, a cell, a form).
 */
export function own<V>(o: Readonly<Partial<Record<string, V>>>, key: string): V | undefined {
  // Object.hasOwn is ES2022; the descriptor reads the own property alone.
  return Object.getOwnPropertyDescriptor(o, key)?.value as V | undefined;
}
