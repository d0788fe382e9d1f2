/**
 * `npm run --silent match -- FILE.json`: optimal matching of mentees to mentors from a JSON file (or standard input
 * when FILE is «-» or missing). Prints the result as JSON to stdout: pairs with Russian reasons, unmatched mentees
 * with the reason and the fix, the total score. Bad input: a Russian message (then English) on stderr, exit code 1.
 * The contract is described in docs/matching.md.
 */
import { readFileSync } from "node:fs";
import { MatchError, matchJson } from "../src/domain/matching";

function read(file: string | undefined): string {
  if (file === undefined || file === "-") return readFileSync(0, "utf8");
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new MatchError({
      ru: `Не удалось прочитать файл «${file}»: ${detail}`,
      en: `Could not read the file “${file}”: ${detail}`,
    });
  }
}

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== "--");
  if (args.length > 1) {
    process.stderr.write(
      "Ошибка: укажите один файл JSON: npm run --silent match -- FILE.json\n" +
        "Error: give one JSON file: npm run --silent match -- FILE.json\n",
    );
    return 2;
  }
  try {
    const result = matchJson(read(args[0]), "ru");
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof MatchError) {
      process.stderr.write(`Ошибка: ${err.text.ru}\nError: ${err.text.en}\n`);
      return 1;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`Внутренняя ошибка подбора пар.\nInternal matching error.\n${detail}\n`);
    return 3;
  }
}

process.exitCode = main(process.argv.slice(2));
