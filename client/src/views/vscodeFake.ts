// A small stand-in for the `vscode` module, enough for the views' glue to run under plain vitest
// (`vi.mock('vscode', ...)`). It records what the views do: commands run, context keys set,
// decorations applied, test runs reported. Only tests import this file.

type Listener<T> = (value: T) => void;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.onDispose();
  }
}

export class Uri {
  private constructor(private readonly text: string) {}
  static parse(text: string): Uri {
    return new Uri(text);
  }
  static file(path: string): Uri {
    return new Uri(`file://${path}`);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri([base.text, ...parts].join('/'));
  }
  get fsPath(): string {
    return this.text.replace(/^file:\/\//, '');
  }
  toString(): string {
    return this.text;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}

export class MarkdownString {
  constructor(readonly value: string) {}
}

export class TreeItem {
  [key: string]: unknown;
  constructor(readonly label: string, readonly collapsibleState: number) {}
}

export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const OverviewRulerLane = { Left: 1, Center: 2, Right: 4, Full: 7 };
export const DecorationRangeBehavior = { OpenOpen: 0, ClosedClosed: 1 };
export const TestRunProfileKind = { Run: 1, Debug: 2, Coverage: 3 };

export class TestMessage {
  expectedOutput?: string;
  actualOutput?: string;
  location?: Location;
  constructor(readonly message: string) {}
  static diff(message: string, expected: string, actual: string): TestMessage {
    return Object.assign(new TestMessage(message), { expectedOutput: expected, actualOutput: actual });
  }
}

export class TestRunRequest {
  constructor(
    readonly include?: readonly FakeTestItem[],
    readonly exclude?: readonly FakeTestItem[],
    readonly profile?: unknown,
    readonly continuous?: boolean,
    readonly preserveFocus = false,
  ) {}
}

export class FakeTestItemCollection {
  private readonly items = new Map<string, FakeTestItem>();
  constructor(private readonly owner?: FakeTestItem) {}
  get size(): number {
    return this.items.size;
  }
  get(id: string): FakeTestItem | undefined {
    return this.items.get(id);
  }
  replace(items: readonly FakeTestItem[]): void {
    this.items.clear();
    for (const item of items) this.add(item);
  }
  add(item: FakeTestItem): void {
    item.parent = this.owner;
    this.items.set(item.id, item);
  }
  delete(id: string): void {
    this.items.delete(id);
  }
  forEach(callback: (item: FakeTestItem) => void): void {
    this.items.forEach((item) => callback(item));
  }
  all(): FakeTestItem[] {
    return [...this.items.values()];
  }
}

export class FakeTestItem {
  parent?: FakeTestItem;
  range?: Range;
  description?: string;
  sortText?: string;
  busy = false;
  readonly children: FakeTestItemCollection = new FakeTestItemCollection(this);
  constructor(readonly id: string, public label: string, readonly uri?: Uri) {}
}

/** One call on a test run: what happened to which item. */
export interface RunEvent {
  op: 'enqueued' | 'started' | 'passed' | 'failed' | 'errored' | 'skipped' | 'output';
  id?: string;
  messages?: TestMessage[];
  text?: string;
}

export class FakeTestRun {
  readonly events: RunEvent[] = [];
  ended = false;
  constructor(readonly request: TestRunRequest, readonly name?: string) {}
  enqueued = (item: FakeTestItem) => this.events.push({ op: 'enqueued', id: item.id });
  started = (item: FakeTestItem) => this.events.push({ op: 'started', id: item.id });
  passed = (item: FakeTestItem) => this.events.push({ op: 'passed', id: item.id });
  skipped = (item: FakeTestItem) => this.events.push({ op: 'skipped', id: item.id });
  failed = (item: FakeTestItem, messages: TestMessage | TestMessage[]) => this.events.push({ op: 'failed', id: item.id, messages: [messages].flat() });
  errored = (item: FakeTestItem, messages: TestMessage | TestMessage[]) => this.events.push({ op: 'errored', id: item.id, messages: [messages].flat() });
  appendOutput = (text: string, _location?: unknown, item?: FakeTestItem) => this.events.push({ op: 'output', text, id: item?.id });
  end = () => (this.ended = true);
  /** The outcome ops only, as `op id` lines. */
  outcomes(): string[] {
    return this.events.filter((e) => e.op !== 'output').map((e) => `${e.op} ${e.id}`);
  }
}

export type RunHandler = (request: TestRunRequest, token: { isCancellationRequested: boolean; onCancellationRequested: unknown }) => Promise<void>;

export class FakeTestController {
  readonly items = new FakeTestItemCollection();
  readonly runs: FakeTestRun[] = [];
  readonly profiles: { label: string; kind: number; handler: RunHandler; isDefault?: boolean }[] = [];
  refreshHandler?: () => void;
  constructor(readonly id: string, readonly label: string) {}
  createTestItem(id: string, label: string, uri?: Uri): FakeTestItem {
    return new FakeTestItem(id, label, uri);
  }
  createTestRun(request: TestRunRequest, name?: string): FakeTestRun {
    const run = new FakeTestRun(request, name);
    this.runs.push(run);
    return run;
  }
  createRunProfile(label: string, kind: number, handler: RunHandler, isDefault?: boolean) {
    this.profiles.push({ label, kind, handler, isDefault });
    return { dispose() {} };
  }
  dispose(): void {}
}
