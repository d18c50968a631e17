/**
 * The "ShapeSense Trace" channel. vscode-languageclient (9 and later) traces the protocol only
 * while its trace channel's log level is Trace, and a log channel starts at Info, which the user can
 * change only with "Developer: Set Log Level...": so `shapesense.trace.server` alone traced nothing.
 * This channel has the log level that the setting says (Trace unless "off"), announces a change of
 * the setting as a change of level (the client then sends `$/setTrace` to the server), and writes
 * the client's trace lines to a plain output channel with their time.
 */

/** VS Code's `LogLevel` values (a stable API enum; the unit tests run without VS Code). */
export const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 } as const;

/** The log level the trace channel has for a value of `shapesense.trace.server`. */
export function traceLevel(setting: unknown): number {
  return setting === "messages" || setting === "verbose" ? LogLevel.Trace : LogLevel.Off;
}

/** The part of VS Code's `OutputChannel` this channel writes to. */
export interface PlainChannel {
  readonly name: string;
  append(value: string): void;
  appendLine(value: string): void;
  replace(value: string): void;
  clear(): void;
  show(preserveFocus?: boolean): void;
  hide(): void;
  dispose(): void;
}

type Listener = (level: number) => void;

/** `2026-12-07 04:05:06.789`, local time, as VS Code's log channels print it. */
export function timestamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

/** A `LogOutputChannel` over a plain channel, at the level of the trace setting. */
export class SettingTraceChannel {
  private listeners: Listener[] = [];

  constructor(
    private readonly out: PlainChannel,
    private level: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get name(): string {
    return this.out.name;
  }

  get logLevel(): number {
    return this.level;
  }

  /** Follows a new value of the setting; listeners hear of a change of level only. */
  setLevel(level: number): void {
    if (level !== this.level) {
      this.level = level;
      for (const l of [...this.listeners]) {
        l(level);
      }
    }
  }

  onDidChangeLogLevel = (listener: Listener): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };

  private write(kind: string, minLevel: number, message: string | Error): void {
    if (this.level !== LogLevel.Off && this.level <= minLevel) {
      const text = message instanceof Error ? message.stack ?? message.message : message;
      this.out.appendLine(`${timestamp(this.now())} [${kind}] ${text}`);
    }
  }

  trace(message: string): void {
    this.write("trace", LogLevel.Trace, message);
  }
  debug(message: string): void {
    this.write("debug", LogLevel.Debug, message);
  }
  info(message: string): void {
    this.write("info", LogLevel.Info, message);
  }
  warn(message: string): void {
    this.write("warning", LogLevel.Warning, message);
  }
  error(message: string | Error): void {
    this.write("error", LogLevel.Error, message);
  }
  append(value: string): void {
    this.out.append(value);
  }
  appendLine(value: string): void {
    this.out.appendLine(value);
  }
  replace(value: string): void {
    this.out.replace(value);
  }
  clear(): void {
    this.out.clear();
  }
  show(preserveFocus?: boolean): void {
    this.out.show(preserveFocus);
  }
  hide(): void {
    this.out.hide();
  }
  dispose(): void {
    this.listeners = [];
    this.out.dispose();
  }
}
