import type { L } from "../i18n";
import { TOKEN_PATTERN } from "./tokens";
import type { SurveyDef } from "./types";

export interface PrefillPlan {
  /** The question that carries the token. */
  readonly key: string;
  /** Its title: the adapter finds the form item by it (in the form's language) or by the item id it stored. */
  readonly title: L;
  /** Its position among the survey's questions (sections count: each is a page-break item). */
  readonly index: number;
  /** A regular expression for the item's text validation. */
  readonly pattern: string;
}

/**
 * Which item of the form carries the personal token, so the adapter can make the personal link:
 * `form.createResponse().withItemResponse(item.asTextItem().createResponse(token)).toPrefilledUrl()`.
 * Undefined for registration forms, which have no token.
 */
export function prefillPlan(def: SurveyDef): PrefillPlan | undefined {
  if (!def.tokenQuestion) return undefined;
  const index = def.questions.findIndex((q) => q.token);
  const q = def.questions[index];
  return q ? { key: q.key, title: q.title, index, pattern: TOKEN_PATTERN } : undefined;
}
