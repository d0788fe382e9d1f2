import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * The accessibility check of a page in Chromium: axe-core's rules (WCAG 2.x A and AA, and axe's best practices)
 * run on the page as it is now, so call it in each state a person meets (with data, with problems listed, with
 * an error shown). axe is put into the page by script, not fetched: the pages' sandbox has no network.
 */

/** What fails the check: axe's two upper levels. Moderate and minor findings are not gated. */
const GATED = new Set(["serious", "critical"]);

export interface AccessibilityProblem {
  /** axe's rule, e.g. `color-contrast`, `label`, `button-name`. */
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** CSS selectors of the elements at fault, and what axe says to fix in each. */
  readonly nodes: readonly { readonly target: string; readonly fix: string }[];
}

/** The serious and critical problems axe finds in the page as it is now. */
export async function accessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => GATED.has(v.impact ?? ""))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(" "),
        fix: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
      })),
    }));
}

/**
 * Fails with every serious or critical problem axe finds, each with its rule, the elements and what to fix.
 * `label` names the page and its state in the failure (e.g. "report: problems listed").
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const problems = await accessibilityProblems(page);
  if (problems.length === 0) return;
  const lines = problems.flatMap((p) => [
    `${p.impact} ${p.rule}: ${p.help}`,
    ...p.nodes.map((n) => `    ${n.target} — ${n.fix}`),
  ]);
  throw new Error(
    `${label}: axe finds ${problems.length} serious or critical problem(s):\n${lines.join("\n")}`,
  );
}
