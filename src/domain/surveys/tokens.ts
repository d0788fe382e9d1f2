/**
 * Personal survey tokens. A token is 26 characters of Crockford's base32 (digits and capital letters without
 * I, L, O, U): 130 bits drawn from the random source the caller passes, URL-safe, and never derived from an id,
 * a name or a date. The add-on passes `uuidRandom(() => Utilities.getUuid())`; tests pass a seeded source.
 */
export const TOKEN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const TOKEN_LENGTH = 26;

const TOKEN_RE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** For a Forms text validation (`requireTextMatchesPattern`): a token, any case, spaces around allowed. */
export const TOKEN_PATTERN = "^\\s*[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}\\s*$";

/**
 * A new token. `random` must return independent, uniformly distributed numbers in [0, 1) from a strong source:
 * each call gives one character (5 bits). A source that returns anything else, or the same value 26 times,
 * is refused rather than allowed to make guessable tokens.
 */
export function makeToken(random: () => number): string {
  const digits: number[] = [];
  for (let i = 0; i < TOKEN_LENGTH; i++) {
    const r = random();
    if (typeof r !== "number" || !(r >= 0 && r < 1))
      throw new Error("The random source must return numbers in [0, 1).");
    digits.push(Math.floor(r * 32));
  }
  if (digits.every((d) => d === digits[0]))
    throw new Error("The random source returns the same value every time.");
  return digits.map((d) => TOKEN_ALPHABET[d]).join("");
}

/**
 * A random source over UUIDs (version 4: the first 12 hex digits are random). Each call uses one UUID and gives
 * a number with 48 random bits.
 */
export function uuidRandom(uuid: () => string): () => number {
  return () => {
    const hex = uuid().replace(/-/g, "");
    if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error("Not a UUID.");
    return Number.parseInt(hex.slice(0, 12), 16) / 2 ** 48;
  };
}

/** The token as stored (capitals, no spaces around), or undefined when the text is not token-shaped. */
export function normaliseToken(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const t = text.trim().toUpperCase();
  return TOKEN_RE.test(t) ? t : undefined;
}

export function isTokenShaped(text: unknown): boolean {
  return normaliseToken(text) !== undefined;
}
