/** What a page checks the data it was given (or a server answer) with, before it trusts it. */
export type Rec = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

export const isStr = (v: unknown): v is string => typeof v === "string";
