import assert from "node:assert/strict";
import * as path from "node:path";
import { test } from "node:test";
import { execFile, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import { archiveName, jvmArgs, parseJvmOptions, readSettings, serverArgs, serverJar, withStatusCapability } from "../../src/server";

const root = path.resolve(__dirname, "../../../..");
// Built by `mvn package` at the root, which .ci/run runs before these tests.
const jar = path.join(root, "server/target/shapesense.jar");

test("settings: defaults, and what the user set", () => {
  assert.deepEqual(
    readSettings((_k, d) => d),
    { inlayHints: { enabled: true, maxLength: 0 }, defaultBatchSymbol: "N" },
  );
  const user: Record<string, unknown> = { "inlayHints.enabled": false, "inlayHints.maxLength": 24, defaultBatchSymbol: "B" };
  assert.deepEqual(
    readSettings(<T>(k: string, d: T) => (k in user ? (user[k] as T) : d)),
    { inlayHints: { enabled: false, maxLength: 24 }, defaultBatchSymbol: "B" },
  );
});

test("command line of the server: its jvm.options, the archive mapped when it exists and named always", () => {
  const options = parseJvmOptions(fs.readFileSync(path.join(root, "server/src/main/resources/dev/shapesense/cli/jvm.options"), "utf8"));
  assert.deepEqual(options, ["-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:-DontCompileHugeMethods", "-XX:+UseG1GC"]);
  assert.deepEqual(parseJvmOptions("# a comment\n-Xa\n\n  -Xb  \r\n#-Xc\n"), ["-Xa", "-Xb"]);
  assert.deepEqual(serverArgs("/x/shapesense.jar", options), [...options, "-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(serverArgs("/x/shapesense.jar", options, { path: "/s/a.jsa", exists: false }), [...options, "-Dshapesense.archive=/s/a.jsa", "-jar", "/x/shapesense.jar", "server"]);
  assert.deepEqual(
    serverArgs("/x/shapesense.jar", options, { path: "/s/a.jsa", exists: true }),
    [...options, "-XX:SharedArchiveFile=/s/a.jsa", "-Dshapesense.archive=/s/a.jsa", "-jar", "/x/shapesense.jar", "server"],
  );
  assert.equal(archiveName(123, 456.7, 17), "shapesense-123-456-java17.jsa");
  assert.deepEqual(
    serverArgs("/x/s.jar", options, { path: "/s/a.jsa", exists: true }, ["-Xmx2g", "-XX:+UseG1GC"]),
    [...options, "-XX:SharedArchiveFile=/s/a.jsa", "-Dshapesense.archive=/s/a.jsa", "-Xmx2g", "-XX:+UseG1GC", "-jar", "/x/s.jar", "server"],
  );
});

test("the client says it handles shapesense/status, keeping other experimental capabilities", () => {
  assert.deepEqual(withStatusCapability(undefined), { "shapesense/status": true });
  assert.deepEqual(withStatusCapability({ other: 1 }), { other: 1, "shapesense/status": true });
  assert.deepEqual(withStatusCapability([1]), { "shapesense/status": true });
});

test("the server jar: the bundled one, or the setting's when it names a file", () => {
  const files = new Set(["/opt/shapesense.jar"]);
  const isFile = (p: string) => files.has(p);
  assert.deepEqual(serverJar(null, "/ext/server/shapesense.jar", isFile), { jar: "/ext/server/shapesense.jar", custom: false });
  assert.deepEqual(serverJar("  ", "/ext/s.jar", isFile), { jar: "/ext/s.jar", custom: false });
  assert.deepEqual(serverJar(" /opt/shapesense.jar ", "/ext/s.jar", isFile), { jar: "/opt/shapesense.jar", custom: true });
  assert.deepEqual(serverJar("/opt/missing.jar", "/ext/s.jar", isFile), { error: "shapesense.server.path names no file: /opt/missing.jar" });
  assert.deepEqual(serverJar("s.jar", "/ext/s.jar", isFile), { error: 'shapesense.server.path must be an absolute path to a jar; it is "s.jar".' });
  assert.deepEqual(jvmArgs(["-Xmx2g", " -Dx=1 ", "", 3]), ["-Xmx2g", "-Dx=1"]);
  assert.deepEqual(jvmArgs("-Xmx2g"), []);
});

test("class-data-sharing archive from the real jar: the server named it writes it, the next start maps it", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shapesense-cds-"));
  const options = parseJvmOptions(fs.readFileSync(path.join(root, "server/src/main/resources/dev/shapesense/cli/jvm.options"), "utf8"));
  try {
    const archive = path.join(dir, "a.jsa");
    // A server session with the archive named and missing; it writes it (at once, no delay).
    const args = serverArgs(jar, options, { path: archive, exists: false }, ["-Dshapesense.archive.delay=0"]);
    const server = spawn("java", [...args, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    try {
      const deadline = Date.now() + 240000;
      while (!(fs.existsSync(archive) && fs.existsSync(`${archive}.vm`))) {
        assert.ok(Date.now() < deadline, "the server wrote no archive");
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      server.kill();
    }
    assert.ok(fs.statSync(archive).size > 0);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
    // -Xshare:on fails the start if the archive cannot be mapped.
    const mapped = serverArgs(jar, options, { path: archive, exists: true });
    const out = await new Promise<string>((resolve, reject) =>
      execFile("java", [...mapped.slice(0, -3), "-Xshare:on", "-jar", jar, "--version"], (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    assert.match(out, /^shapesense \S+/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
