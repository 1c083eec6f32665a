// For the generator's tests: a function planned from a source string on an in-memory file system
// with a real type checker, and the generated code evaluated against the transpiled source, the
// way the generated test file would run it.
import fc from 'fast-check';
import { Node, Project, ts, type SourceFile } from 'ts-morph';
import { v } from '../runtime/validators';
import type { ClassLike, InputPlan, PlannableFunction, RuntimeRefs } from './inputPlan';
import { planInputs } from './planInputs';

export interface SourceFixture {
  file: SourceFile;
  /** `refs.valueOf` answers `refs.Name` for the file's own top-level declarations. */
  refs: RuntimeRefs;
  /** The file's top-level classes, enums and functions at run time, by name. */
  scope: Record<string, unknown>;
  fn(name: string): PlannableFunction;
  cls(name: string): ClassLike;
  /** Evaluates generated code with `fc`, `v` and `refs` in scope. */
  evaluate<T = unknown>(code: string): T;
}

export function sourceFixture(source: string, extraFiles: Record<string, string> = {}): SourceFixture {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts'] },
  });
  for (const [path, text] of Object.entries(extraFiles)) project.createSourceFile(path, text);
  const file = project.createSourceFile('/src/subject.ts', source);

  const names = file.getStatements().flatMap((s) =>
    (Node.isClassDeclaration(s) || Node.isEnumDeclaration(s) || Node.isFunctionDeclaration(s)) && s.getName() ? [s.getName()!] : [],
  );
  const js = ts.transpileModule(`${source}\nexports.__scope = { ${names.join(', ')} };`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', 'require', js)(exports, () => ({}));
  const scope = exports.__scope as Record<string, unknown>;

  const refs: RuntimeRefs = {
    valueOf(declaration) {
      const name = Node.hasName(declaration) ? declaration.getName() : undefined;
      return name && declaration.getSourceFile() === file && name in scope ? `refs.${name}` : undefined;
    },
  };

  return {
    file,
    refs,
    scope,
    fn: (name) => findFunction(file, name),
    cls: (name) => file.getClassOrThrow(name),
    evaluate: <T>(code: string) => new Function('fc', 'v', 'refs', `return (${code});`)(fc, v, scope) as T,
  };
}

/** `total` (function or const), or `Cart.total` (method or getter). */
function findFunction(file: SourceFile, name: string): PlannableFunction {
  const [owner, member] = name.split('.');
  if (member) {
    const cls = file.getClassOrThrow(owner);
    return cls.getMethod(member) ?? cls.getGetAccessorOrThrow(member);
  }
  const declaration = file.getFunction(name);
  if (declaration) return declaration;
  const initializer = file.getVariableDeclarationOrThrow(name).getInitializerOrThrow();
  if (Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) return initializer;
  throw new Error(`\`${name}\` is not a function`);
}

/** Plans `name` and returns sampled argument tuples and the evaluated examples. */
export function planAndSample(
  fixture: SourceFixture,
  name: string,
  numRuns = 300,
): { plan: InputPlan; samples: unknown[][]; examples: unknown[][] } {
  const result = planInputs(fixture.fn(name), fixture.refs);
  if (!result.ok) throw new Error(result.reason);
  const samples = fc.sample(fixture.evaluate<fc.Arbitrary<unknown[]>>(result.plan.tuple), { numRuns, seed: 1 });
  return { plan: result.plan, samples, examples: fixture.evaluate<unknown[][]>(result.plan.examples) };
}
