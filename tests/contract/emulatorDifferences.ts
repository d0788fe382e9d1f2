/**
 * Checks whose expectation is Google's behaviour where the emulator is known to differ (issue 11 fixes the
 * emulator). On the emulator they must fail: contracts.test.ts runs them as `test.failing`, so a fix in the
 * emulator turns them red here until the entry is removed. Keyed by "suite › check"; the value says why.
 * docs/emulator.md lists the same differences.
 */
export const EMULATOR_DIFFERENCES: Readonly<Record<string, string>> = {
  "Документы Google / Google Docs › Table.getText separates cells with a line break":
    'the emulator separates a row\'s cells with "\\t"',
  "Документы Google / Google Docs › Document.getId still answers after saveAndClose":
    "the emulator throws on every call of a closed Document",
  "Формы Google / Google Forms › FormApp.create(title) leaves the form's own title empty":
    "the emulator sets the title FormApp.create was given",
  "Формы Google / Google Forms › a new multiple-choice item starts with one empty choice; setChoiceValues replaces it":
    "the emulator's new choice items have no choice",
};

export const checkKey = (suite: string, check: string): string => `${suite} › ${check}`;
