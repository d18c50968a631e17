import { execFile } from "node:child_process";
import * as path from "node:path";

/** The oldest Java feature release that runs the ShapeSense server. */
export const MIN_JAVA = 17;

/** Where a Java candidate came from, in the order they are tried. */
export type JavaSource = "shapesense.java.home" | "JAVA_HOME" | "PATH";

export interface JavaCandidate {
  source: JavaSource;
  /** The `java` executable: an absolute path, or `java` to be looked up on the PATH. */
  executable: string;
}

export interface FoundJava extends JavaCandidate {
  /** The feature release, e.g. 17 for "17.0.15" and 8 for "1.8.0_392". */
  major: number;
}

/** Why no candidate could run the server: one line per candidate tried. */
export class NoJavaError extends Error {
  constructor(readonly tried: string[]) {
    super(
      tried.length === 0
        ? `ShapeSense needs Java ${MIN_JAVA} or newer, and none was found.`
        : `ShapeSense needs Java ${MIN_JAVA} or newer: ${tried.join("; ")}.`,
    );
  }
}

/**
 * The `java` executables to try, in order: the `shapesense.java.home` setting, then `JAVA_HOME`,
 * then `java` on the PATH. Blank settings and variables are skipped.
 */
export function javaCandidates(
  settingHome: string | null | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): JavaCandidate[] {
  const exe = platform === "win32" ? "java.exe" : "java";
  const out: JavaCandidate[] = [];
  if (settingHome && settingHome.trim() !== "") {
    out.push({ source: "shapesense.java.home", executable: path.join(settingHome.trim(), "bin", exe) });
  }
  const javaHome = env["JAVA_HOME"];
  if (javaHome && javaHome.trim() !== "") {
    out.push({ source: "JAVA_HOME", executable: path.join(javaHome.trim(), "bin", exe) });
  }
  out.push({ source: "PATH", executable: "java" });
  return out;
}

/**
 * The feature release that `java -version` reports, or undefined when the text has no version.
 * Handles both schemes: `1.8.0_392` is 8, `17.0.15` and `21` are 17 and 21.
 */
export function parseJavaVersion(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) {
    return undefined;
  }
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** Runs `executable -version` and answers its stderr, or rejects when it cannot run. */
export type VersionProbe = (executable: string) => Promise<string>;

export const probeJava: VersionProbe = (executable) =>
  new Promise((resolve, reject) => {
    execFile(executable, ["-version"], { timeout: 15000 }, (err, stdout, stderr) => {
      if (err) {
        reject(err);
      } else {
        resolve(stderr + stdout);
      }
    });
  });

/**
 * The first candidate that runs and is Java {@link MIN_JAVA}+. A candidate that is set but broken
 * or too old is reported in the error rather than silently skipped past, so the user learns why
 * their setting was not used.
 */
export async function findJava(candidates: JavaCandidate[], probe: VersionProbe = probeJava): Promise<FoundJava> {
  const tried: string[] = [];
  for (const c of candidates) {
    let text: string;
    try {
      text = await probe(c.executable);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      tried.push(`${describe(c)}: ${code === "ENOENT" ? "not found" : "does not run"}`);
      continue;
    }
    const major = parseJavaVersion(text);
    if (major === undefined) {
      tried.push(`${describe(c)}: no version in its output`);
    } else if (major < MIN_JAVA) {
      tried.push(`${describe(c)} is Java ${major}`);
    } else {
      return { ...c, major };
    }
  }
  throw new NoJavaError(tried);
}

function describe(c: JavaCandidate): string {
  return c.source === "PATH" ? "java on the PATH" : `${c.executable} (from ${c.source})`;
}
