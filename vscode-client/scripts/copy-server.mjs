// Copies the language server's runnable jar (built by `mvn package` at the repository root) into
// the extension, which starts it with `java -jar`, and the server's JVM options (jvm.options, the
// list every way of starting the server uses) beside it.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const from = resolve(here, "../../server/target/shapesense.jar");
const to = resolve(here, "../server/shapesense.jar");
if (!existsSync(from)) {
  console.error(`${from} does not exist: build it first with \`mvn -B -ntp package -DskipTests\` at the repository root.`);
  process.exit(1);
}
mkdirSync(dirname(to), { recursive: true });
copyFileSync(from, to);
console.log(`copied ${join("server", "shapesense.jar")}`);
copyFileSync(resolve(here, "../../server/src/main/resources/dev/shapesense/cli/jvm.options"), resolve(here, "../server/jvm.options"));
console.log(`copied ${join("server", "jvm.options")}`);
