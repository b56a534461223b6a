// Moves inline translation pairs — L("中文", "English") through a local `const L = …`, and
// localizedTitle({ zh, en }) — into the catalogues messages/zh.json and messages/en.json, and
// rewrites the call sites to next-intl's t("namespace.key", values).
//
// Deterministic and idempotent: keys come from the file's place in the tree and the English text,
// existing catalogue entries are kept (so hand-written ICU plurals survive a re-run), and a file
// that holds no pairs any more is left as it is. Run it again after merging newer code:
//   npx tsx scripts/codemods/pairs-to-catalogue.ts [--check] [files…]
// --check changes nothing and exits 1 when a pair is left to move.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";
import { clientReachableFiles, keysAskedFor, namespaceOf as keyNamespace } from "../../src/i18n/client-reach";

const ROOT = process.cwd();
const CATALOGUES = { zh: join(ROOT, "messages/zh.json"), en: join(ROOT, "messages/en.json") } as const;
const CLIENT_NAMESPACES = join(ROOT, "src/i18n/client-namespaces.json");
const OVERRIDES = join(ROOT, "scripts/codemods/catalogue-overrides.json");

type Tree = { [key: string]: string | Tree };
type Pair = { zh: string; en: string };
type Override = Partial<Pair> & { numbers?: string[] };

// ---------------------------------------------------------------------------------------------
// Catalogues

function readJson(path: string): Tree {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Tree;
  } catch {
    return {};
  }
}

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

function unflatten(flat: Map<string, string>): Tree {
  const tree: Tree = {};
  for (const key of [...flat.keys()].sort()) {
    const parts = key.split(".");
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === "string") throw new Error(`catalogue key ${key} sits under a message`);
      node = (next ?? (node[part] = {})) as Tree;
    }
    node[parts.at(-1)!] = flat.get(key)!;
  }
  return sortTree(tree);
}

function sortTree(tree: Tree): Tree {
  const sorted: Tree = {};
  for (const key of Object.keys(tree).sort()) {
    const value = tree[key]!;
    sorted[key] = typeof value === "string" ? value : sortTree(value);
  }
  return sorted;
}

// ---------------------------------------------------------------------------------------------
// Keys

/** The namespace of a file: where it lives, in two camel-cased parts. */
export function namespaceOf(file: string): string {
  const rel = relative(join(ROOT, "src"), file)
    .split(sep)
    .join("/")
    .replace(/\.(tsx?|jsx?)$/, "");
  const parts = rel.split("/");
  const camel = (words: string[]) =>
    words
      .flatMap((w) => w.split(/[^A-Za-z0-9]+/))
      .filter(Boolean)
      .map((w, i) => (i === 0 ? w[0]!.toLowerCase() + w.slice(1) : w[0]!.toUpperCase() + w.slice(1)))
      .join("");
  if (parts[0] === "app") {
    const route = parts.slice(1).filter((p) => !/^\(.*\)$/.test(p));
    if (route.at(-1) === "page") route.pop();
    return `routes.${camel(route) || "home"}`;
  }
  if (parts[0] === "modules") {
    const rest = parts.slice(2).filter((p) => p !== "components");
    return `${camel([parts[1]!])}.${camel(rest) || "index"}`;
  }
  if (parts[0] === "components") return `ui.${camel(parts.slice(1))}`;
  if (parts[0] === "lib") return `lib.${camel(parts.slice(1))}`;
  return `misc.${camel(parts)}`;
}

function slug(en: string): string {
  let bare = en;
  for (let prev = ""; prev !== bare;) [prev, bare] = [bare, bare.replace(/\{[^{}]*\}/g, " ")];
  const words = bare.toLowerCase().match(/[a-z0-9]+/g);
  const picked = (words ?? []).slice(0, 6);
  if (picked.length === 0) return "";
  const s = picked.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  return /^[0-9]/.test(s) ? `n${s}` : s;
}

const hash = (pair: Pair) => createHash("sha1").update(`${pair.zh}\u0000${pair.en}`).digest("hex").slice(0, 5);

// ---------------------------------------------------------------------------------------------
// ICU

function escapeIcu(text: string): string {
  // A quote only quotes before a syntax character; double those, then quote the syntax characters.
  return text.replace(/'(?=[{}<#|])/g, "''").replace(/[{}<]+/g, (m) => `'${m}'`);
}

type Piece = { text: string } | { expr: ts.Expression };

function piecesOf(node: ts.Expression): Piece[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ text: node.text }];
  if (ts.isTemplateExpression(node)) {
    const out: Piece[] = [{ text: node.head.text }];
    for (const span of node.templateSpans) {
      out.push({ expr: span.expression }, { text: span.literal.text });
    }
    return out;
  }
  if (ts.isParenthesizedExpression(node)) return piecesOf(node.expression);
  return null;
}

/** An expression whose text is part of the wording (a nested pair or literal words) is no value. */
function holdsWords(expr: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /[\p{L}]/u.test(n.text)) {
      // Arguments of calls such as join("、") or formatDate(x, "zh") are not wording of their own.
      const parent = n.parent;
      if (parent && ts.isCallExpression(parent) && parent.arguments.includes(n as ts.Expression)) return;
      if (parent && (ts.isElementAccessExpression(parent) || ts.isBinaryExpression(parent))) return;
      found = true;
    }
    if (ts.isTemplateExpression(n) || ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n)) found = true;
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return found;
}

/** A condition choosing between two bits of wording (either may be empty), each free of nested words. */
function fragmentOf(expr: ts.Expression): { cond: ts.Expression; whenTrue: Piece[]; whenFalse: Piece[] } | null {
  let e = expr;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isConditionalExpression(e)) return null;
  const whenTrue = piecesOf(e.whenTrue);
  const whenFalse = piecesOf(e.whenFalse);
  if (!whenTrue || !whenFalse) return null;
  const inner = [...whenTrue, ...whenFalse].filter((p): p is { expr: ts.Expression } => "expr" in p);
  if (inner.some((p) => holdsWords(p.expr))) return null;
  return { cond: e.condition, whenTrue, whenFalse };
}

function argName(expr: ts.Expression, sf: ts.SourceFile): string {
  let e: ts.Expression = expr;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) {
    const name = e.name.text;
    if (name === "length" || name === "size") {
      const inner =
        ts.isPropertyAccessExpression(e.expression) || ts.isIdentifier(e.expression) ? argName(e.expression, sf) : "";
      return inner ? `${inner}Count` : "count";
    }
    return name;
  }
  if (ts.isCallExpression(e)) {
    const first = e.arguments[0];
    if (first && (ts.isIdentifier(first) || ts.isPropertyAccessExpression(first))) return argName(first, sf);
    return argName(e.expression, sf);
  }
  if (ts.isBinaryExpression(e)) return argName(e.left, sf);
  if (ts.isElementAccessExpression(e)) return argName(e.expression, sf);
  return "value";
}

/** An L(zh, en) call as ICU messages and the values they take; null when it cannot be moved. */
function convertPair(
  zhNode: ts.Expression,
  enNode: ts.Expression,
  sf: ts.SourceFile,
): { pair: Pair; values: [string, string][] } | null {
  const zh = piecesOf(zhNode);
  const en = piecesOf(enNode);
  if (!zh || !en) return null;
  const exprs = [...zh, ...en].filter((p): p is { expr: ts.Expression } => "expr" in p);
  if (exprs.some((p) => !fragmentOf(p.expr) && holdsWords(p.expr))) return null;
  const names = new Map<string, string>(); // expression text → placeholder
  const used = new Set<string>();
  const values: [string, string][] = [];
  const placeholder = (expr: ts.Expression) => {
    const text = expr.getText(sf).replace(/\s+/g, " ");
    let name = names.get(text);
    if (!name) {
      const base = argName(expr, sf).replace(/[^A-Za-z0-9_]/g, "") || "value";
      name = base;
      for (let i = 2; used.has(name); i++) name = `${base}${i}`;
      used.add(name);
      names.set(text, name);
      values.push([name, text]);
    }
    return `{${name}}`;
  };
  // cond ? `words ${x}` : "" — words shown on a condition — becomes {hasX, select, true {…} other {…}}.
  const flags = new Map<string, string>();
  const flag = (cond: ts.Expression) => {
    const text = cond.getText(sf).replace(/\s+/g, " ");
    let name = flags.get(text);
    if (!name) {
      const base = argName(cond, sf).replace(/[^A-Za-z0-9_]/g, "") || "value";
      const cap = `has${base[0]!.toUpperCase()}${base.slice(1)}`;
      name = cap;
      for (let i = 2; used.has(name); i++) name = `${cap}${i}`;
      used.add(name);
      flags.set(text, name);
      values.push([name, `\u0000${text}`]);
    }
    return name;
  };
  const render = (pieces: Piece[]): string =>
    pieces
      .map((p) => {
        if ("text" in p) return escapeIcu(p.text);
        const fragment = fragmentOf(p.expr);
        if (!fragment) return placeholder(p.expr);
        return `{${flag(fragment.cond)}, select, true {${render(fragment.whenTrue)}} other {${render(fragment.whenFalse)}}}`;
      })
      .join("");
  return { pair: { zh: render(zh), en: render(en) }, values };
}

// ---------------------------------------------------------------------------------------------
// Files

type Edit = { start: number; end: number; text: string };

function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Infinity;
  for (const e of sorted) {
    if (e.end > lastStart) continue; // overlapping edit (a pair inside a pair): the outer one wins next run
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}

function isFunctionLike(n: ts.Node): n is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)
  );
}

function enclosingFunction(n: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunctionLike(p)) return p;
  return undefined;
}

function functionName(f: ts.FunctionLikeDeclaration): string {
  if (f.name && ts.isIdentifier(f.name)) return f.name.text;
  const parent = f.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "";
}

const isAsync = (f: ts.FunctionLikeDeclaration) => !!f.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);

/** A `const L = …` that picks one of two words by locale. */
function isPairPicker(decl: ts.VariableDeclaration, helpers: Set<string>): boolean {
  const init = decl.initializer;
  if (!init) return false;
  if (ts.isArrowFunction(init) && init.parameters.length === 2) {
    const [a, b] = init.parameters.map((p) => p.name.getText());
    return a === "zh" && b === "en";
  }
  return ts.isCallExpression(init) && ts.isIdentifier(init.expression) && helpers.has(init.expression.text);
}

/** File-level `const words = (locale) => (zh, en) => …` helpers. */
function pairHelpers(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (
        ts.isIdentifier(d.name) &&
        init &&
        ts.isArrowFunction(init) &&
        ts.isArrowFunction(init.body) &&
        init.body.parameters.length === 2
      ) {
        const [a, b] = init.body.parameters.map((p) => p.name.getText());
        if (a === "zh" && b === "en") names.add(d.name.text);
      }
    }
  }
  return names;
}

function identifierUses(root: ts.Node, name: string, except?: ts.Node): ts.Identifier[] {
  const out: ts.Identifier[] = [];
  const visit = (n: ts.Node) => {
    if (n === except) return;
    if (ts.isIdentifier(n) && n.text === name) {
      const p = n.parent;
      const isPropName =
        p &&
        ((ts.isPropertyAccessExpression(p) && p.name === n) ||
          (ts.isPropertyAssignment(p) && p.name === n) ||
          (ts.isPropertySignature(p) && p.name === n) ||
          (ts.isJsxAttribute(p) && p.name === n));
      if (!isPropName) out.push(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(root);
  return out;
}

type Stats = { files: number; moved: number; titles: number; copiesRemoved: number; left: string[] };

type KeyBook = { flat: { zh: Map<string, string>; en: Map<string, string> }; overrides: Record<string, Override> };

function keyFor(book: KeyBook, ns: string, pair: Pair): string {
  const base = slug(pair.en) || `text${hash(pair)}`;
  const same = (key: string) => {
    const o = book.overrides[key];
    const zh = book.flat.zh.get(key);
    const en = book.flat.en.get(key);
    if (zh === undefined && en === undefined) return "free";
    if ((zh === pair.zh || o?.zh === zh) && (en === pair.en || o?.en === en)) return "same";
    return "taken";
  };
  for (const candidate of [`${ns}.${base}`, `${ns}.${base}_${hash(pair)}`]) {
    const state = same(candidate);
    if (state === "same") return candidate;
    if (state === "free") {
      const o = book.overrides[candidate];
      book.flat.zh.set(candidate, o?.zh ?? pair.zh);
      book.flat.en.set(candidate, o?.en ?? pair.en);
      return candidate;
    }
  }
  throw new Error(`no key for ${JSON.stringify(pair)} in ${ns}`);
}

/**
 * The values of a message. Each is passed as the template literal showed it, String(x), so ICU
 * does not format numbers (a year 2026 stays 2026, not 2,026); arguments that a hand-written
 * plural needs as numbers are named in the overrides' "numbers".
 */
function valuesText(values: [string, string][], numbers: string[] = []): string {
  if (values.length === 0) return "";
  const value = (name: string, expr: string) => {
    if (expr.startsWith("\u0000")) return `${name}: String(Boolean(${expr.slice(1)}))`;
    return `${name}: ${numbers.includes(name) ? `Number(${expr})` : `String(${expr})`}`;
  };
  return `, { ${values.map(([name, expr]) => value(name, expr)).join(", ")} }`;
}

/** Every name bound anywhere inside a function: its parameters, variables, nested parameters. */
function declaredNames(fn: ts.Node): Set<string> {
  const out = new Set<string>();
  const visit = (n: ts.Node) => {
    if ((ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n)) && ts.isIdentifier(n.name))
      out.add(n.name.text);
    if (ts.isFunctionDeclaration(n) && n.name) out.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn, visit);
  return out;
}

function transformFile(file: string, book: KeyBook, stats: Stats): string | null {
  const text = readFileSync(file, "utf8");
  if (!/\bL\(|localizedTitle\(\{|\bROLE_LABELS\[/.test(text)) return null;
  const sf = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const isClient = sf.statements.some(
    (s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use client",
  );
  const ns = namespaceOf(file);
  const helpers = pairHelpers(sf);
  const edits: Edit[] = [];
  const imports = new Set<"useTranslations" | "getTranslations">();

  // localizedTitle({ zh: "…", en: "…" }) → localizedTitle("ns.key")
  const visitTitles = (n: ts.Node) => {
    if (
      ts.isCallExpression(n) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === "localizedTitle" &&
      n.arguments.length === 1 &&
      ts.isObjectLiteralExpression(n.arguments[0]!)
    ) {
      const obj = n.arguments[0] as ts.ObjectLiteralExpression;
      const prop = (name: string) =>
        obj.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sf) === name,
        )?.initializer;
      const zh = prop("zh");
      const en = prop("en");
      const converted = zh && en && obj.properties.length === 2 ? convertPair(zh, en, sf) : null;
      if (converted && converted.values.length === 0) {
        const key = keyFor(book, ns, converted.pair);
        edits.push({ start: obj.getStart(sf), end: obj.getEnd(), text: JSON.stringify(key) });
        stats.titles++;
      }
    }
    ts.forEachChild(n, visitTitles);
  };
  visitTitles(sf);

  // Every const L = … and the calls that use it.
  const decls: ts.VariableDeclaration[] = [];
  const findDecls = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === "L" && isPairPicker(n, helpers))
      decls.push(n);
    ts.forEachChild(n, findDecls);
  };
  findDecls(sf);

  for (const decl of decls) {
    const fn = enclosingFunction(decl);
    if (!fn || !fn.body) continue;
    const name = functionName(fn);
    const component = /^[A-Z]/.test(name) || /^use[A-Z]/.test(name);
    let hook: string;
    if (isAsync(fn) && !isClient) {
      hook = "await getTranslations()";
    } else if (component) {
      hook = "useTranslations()";
    } else {
      stats.left.push(
        `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(decl.getStart(sf)).line + 1} (L in a plain function ${name || "(anonymous)"})`,
      );
      continue;
    }
    const statement = decl.parent.parent as ts.VariableStatement;
    // A t already in scope from getTranslator/getTranslations/useTranslations is reused; a t that
    // is something else (a task, a loop variable) leaves the translator another name.
    const translatorT =
      /\bconst\s*\{[^}]*\bt\b[^}]*\}\s*=\s*await getTranslator\(\)|\bconst t = (await getTranslations|useTranslations)\(/.test(
        fn.body.getText(sf),
      );
    const declared = declaredNames(fn);
    const tName = translatorT ? "t" : (["t", "tr", "tx"].find((n) => !declared.has(n)) ?? "tx");
    const hasT =
      translatorT ||
      new RegExp(`\\bconst ${tName} = (await getTranslations|useTranslations)\\(`).test(fn.body.getText(sf));
    // The calls that see this L: inside fn, not under a nested function that declares its own L.
    const uses = identifierUses(fn.body, "L", statement).filter((id) => {
      for (let p: ts.Node | undefined = id.parent; p && p !== fn; p = p.parent) {
        if (isFunctionLike(p) && decls.some((d) => d !== decl && enclosingFunction(d) === p)) return false;
      }
      return true;
    });
    let remaining = 0;
    for (const id of uses) {
      const call = id.parent;
      if (!ts.isCallExpression(call) || call.expression !== id || call.arguments.length !== 2) {
        remaining++;
        continue;
      }
      const [zhArg, enArg] = call.arguments as unknown as [ts.Expression, ts.Expression];
      // A pair that is data (x.zh, x.en) is picked by locale, not moved.
      if (
        ts.isPropertyAccessExpression(zhArg) &&
        ts.isPropertyAccessExpression(enArg) &&
        zhArg.name.text === "zh" &&
        enArg.name.text === "en" &&
        zhArg.expression.getText(sf) === enArg.expression.getText(sf)
      ) {
        edits.push({ start: call.getStart(sf), end: call.getEnd(), text: `${zhArg.expression.getText(sf)}[locale]` });
        continue;
      }
      const converted = convertPair(zhArg, enArg, sf);
      if (!converted) {
        remaining++;
        stats.left.push(
          `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1} ${call.getText(sf).slice(0, 90).replace(/\s+/g, " ")}`,
        );
        continue;
      }
      const key = keyFor(book, ns, converted.pair);
      edits.push({
        start: call.getStart(sf),
        end: call.getEnd(),
        text: `${tName}(${JSON.stringify(key)}${valuesText(converted.values, book.overrides[key]?.numbers)})`,
      });
      stats.moved++;
    }
    const indent = text.slice(text.lastIndexOf("\n", statement.getStart(sf)) + 1, statement.getStart(sf));
    const tDecl = hasT ? "" : `const ${tName} = ${hook};`;
    if (!hasT) imports.add(hook.startsWith("await") ? "getTranslations" : "useTranslations");
    if (remaining === 0) {
      stats.copiesRemoved++;
      if (tDecl) edits.push({ start: statement.getStart(sf), end: statement.getEnd(), text: tDecl });
      else {
        const lineStart = text.lastIndexOf("\n", statement.getStart(sf));
        edits.push({ start: lineStart, end: statement.getEnd(), text: "" });
      }
    } else if (tDecl) {
      edits.push({ start: statement.getStart(sf), end: statement.getStart(sf), text: `${tDecl}\n${indent}` });
    }
  }
  if (edits.length === 0 && !/\bROLE_LABELS\b/.test(text)) return null;
  let out = applyEdits(text, edits);
  // Role names have one table, the catalogue's role.*: ROLE_LABELS[r][locale] → t(`role.${r}`).
  if (/\bROLE_LABELS\[/.test(out)) {
    out = out.replace(/\bROLE_LABELS\[([^\]]+)\]\[locale\]/g, (_m, role: string) => "t(`role.${" + role + "}`)");
    out = out
      .replace(/^import \{ ROLE_LABELS \} from "@\/lib\/labels";\n/m, "")
      .replace(/\bROLE_LABELS, |, ROLE_LABELS\b/g, "");
  }
  out = addImports(out, imports);
  out = tidy(file, out);
  stats.files++;
  return out;
}

function addImports(text: string, names: Set<string>): string {
  let out = text;
  for (const [name, from] of [
    ["useTranslations", "next-intl"],
    ["getTranslations", "next-intl/server"],
  ] as const) {
    if (!names.has(name)) continue;
    const existing = new RegExp(`import \\{([^}]*)\\} from "${from.replace("/", "\\/")}";`);
    const m = existing.exec(out);
    if (m) {
      if (new RegExp(`\\b${name}\\b`).test(m[1]!)) continue;
      const list = [
        ...m[1]!
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        name,
      ].sort();
      out = out.replace(existing, `import { ${list.join(", ")} } from "${from}";`);
      continue;
    }
    // After the directive, if any, else at the top; after the last import.
    const importRe = /^import [^;]+;$/gm;
    let last = -1;
    for (let mm = importRe.exec(out); mm; mm = importRe.exec(out)) last = mm.index + mm[0].length;
    const line = `import { ${name} } from "${from}";`;
    if (last >= 0) out = `${out.slice(0, last)}\n${line}${out.slice(last)}`;
    else out = `${line}\n${out}`;
  }
  return out;
}

/** Removes what the move left unused: pick/getTranslator imports, pair helpers, an unused locale. */
function tidy(file: string, input: string): string {
  let text = input;
  for (let round = 0; round < 4; round++) {
    const sf = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const edits: Edit[] = [];
    // Imports nobody uses any more (only the i18n ones this codemod made idle).
    for (const st of sf.statements) {
      if (
        !ts.isImportDeclaration(st) ||
        !st.importClause?.namedBindings ||
        !ts.isNamedImports(st.importClause.namedBindings)
      )
        continue;
      const from = (st.moduleSpecifier as ts.StringLiteral).text;
      if (!/^@\/lib\/i18n\/(messages|server)$/.test(from)) continue;
      const specs = st.importClause.namedBindings.elements;
      const keep = specs.filter((s) => identifierUses(sf, s.name.text, st).length > 0);
      if (keep.length === specs.length) continue;
      const lineEnd = text[st.getEnd()] === "\n" ? st.getEnd() + 1 : st.getEnd();
      edits.push({
        start: st.getStart(sf),
        end: keep.length ? st.getEnd() : lineEnd,
        text: keep.length
          ? `import ${st.importClause.isTypeOnly ? "type " : ""}{ ${keep.map((s) => s.getText(sf)).join(", ")} } from "${from}";`
          : "",
      });
    }
    // File-level pair helpers nobody calls any more.
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st) || st.declarationList.declarations.length !== 1) continue;
      const d = st.declarationList.declarations[0]!;
      if (!ts.isIdentifier(d.name) || !pairHelpers(sf).has(d.name.text)) continue;
      if (identifierUses(sf, d.name.text, st).length === 0)
        edits.push({ start: st.getFullStart(), end: st.getEnd(), text: "" });
    }
    // A locale that only the pairs needed.
    const visit = (n: ts.Node) => {
      if (isFunctionLike(n) && n.body) {
        const body = n.body;
        const unused = (name: string, except: ts.Node) => identifierUses(body, name, except).length === 0;
        if (ts.isBlock(body)) {
          for (const st of body.statements) {
            if (!ts.isVariableStatement(st) || st.declarationList.declarations.length !== 1) continue;
            const d = st.declarationList.declarations[0]!;
            const init = d.initializer?.getText(sf) ?? "";
            if (!/^await (getTranslator|getLocale)\(\)$/.test(init)) continue;
            if (ts.isIdentifier(d.name) && d.name.text === "locale" && unused("locale", st)) {
              edits.push({ start: text.lastIndexOf("\n", st.getStart(sf)), end: st.getEnd(), text: "" });
            } else if (ts.isObjectBindingPattern(d.name)) {
              const elements = d.name.elements;
              const keep = elements.filter((e) => !(ts.isIdentifier(e.name) && unused(e.name.text, st)));
              if (keep.length === elements.length) continue;
              if (keep.length === 0)
                edits.push({ start: text.lastIndexOf("\n", st.getStart(sf)), end: st.getEnd(), text: "" });
              else
                edits.push({
                  start: d.name.getStart(sf),
                  end: d.name.getEnd(),
                  text: `{ ${keep.map((e) => e.getText(sf)).join(", ")} }`,
                });
            }
          }
        }
        for (const p of n.parameters) {
          if (ts.isObjectBindingPattern(p.name)) {
            const el = p.name.elements.find(
              (e) => ts.isIdentifier(e.name) && e.name.text === "locale" && !e.propertyName && !e.initializer,
            );
            if (el && unused("locale", p)) {
              const elements = p.name.elements.filter((e) => e !== el);
              edits.push({
                start: p.name.getStart(sf),
                end: p.name.getEnd(),
                text: elements.length ? `{ ${elements.map((e) => e.getText(sf)).join(", ")} }` : "{}",
              });
            }
          } else if (
            ts.isIdentifier(p.name) &&
            p.name.text === "locale" &&
            unused("locale", p) &&
            n.parameters.indexOf(p) === n.parameters.length - 1
          ) {
            edits.push({ start: p.name.getStart(sf), end: p.name.getEnd(), text: "_locale" });
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") continue;
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(tsx?)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Every literal key the code asks for, in the tree as it will be written. */
function usedKeys(changed: [string, string][]): Set<string> {
  const pending = new Map(changed);
  const out = new Set<string>();
  for (const file of walk(join(ROOT, "src"))) {
    const text = pending.get(file) ?? readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(?:t|tr|tx|localizedTitle)(?:\.rich|\.markup|\.has)?\(\s*"([A-Za-z0-9_.]+)"/g))
      out.add(m[1]!);
  }
  return out;
}

/** The namespaces client components use: their provider gets these and nothing more. */
function clientNamespaces(): string[] {
  const out = new Set<string>();
  // A file a client component imports runs on the client too, directive or not.
  const files = walk(join(ROOT, "src"));
  const texts = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
  const client = clientReachableFiles(texts, join(ROOT, "src"));
  for (const file of client) {
    const { keys, prefixes } = keysAskedFor(texts.get(file)!);
    for (const key of [...keys, ...prefixes]) out.add(keyNamespace(key));
  }
  return [...out].sort();
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const files = args.filter((a) => !a.startsWith("--")).map((f) => join(ROOT, f));
  const book: KeyBook = {
    flat: { zh: flatten(readJson(CATALOGUES.zh)), en: flatten(readJson(CATALOGUES.en)) },
    overrides: readJson(OVERRIDES) as unknown as Record<string, Override>,
  };
  const stats: Stats = { files: 0, moved: 0, titles: 0, copiesRemoved: 0, left: [] };
  const changed: [string, string][] = [];
  for (const file of files.length ? files : walk(join(ROOT, "src"))) {
    const out = transformFile(file, book, stats);
    if (out !== null) changed.push([file, out]);
  }
  // Overrides (hand-written ICU, e.g. plurals) always win for the keys they name.
  for (const [key, o] of Object.entries(book.overrides)) {
    if (key.startsWith("//")) continue;
    if (o.zh !== undefined && book.flat.zh.has(key)) book.flat.zh.set(key, o.zh);
    if (o.en !== undefined && book.flat.en.has(key)) book.flat.en.set(key, o.en);
  }
  // Keys of the codemod's namespaces that no code asks for any more (its English changed on main,
  // its page was removed) leave the catalogues; the shared ones (app, nav, common, …) stay.
  const ours = new Set([
    "routes",
    "ui",
    "lib",
    "misc",
    ...readdirSync(join(ROOT, "src/modules")).map(
      (m) => namespaceOf(join(ROOT, "src/modules", m, "x.ts")).split(".")[0]!,
    ),
  ]);
  const used = usedKeys(changed);
  let pruned = 0;
  for (const key of [...book.flat.zh.keys()]) {
    if (!ours.has(key.split(".")[0]!) || used.has(key)) continue;
    book.flat.zh.delete(key);
    book.flat.en.delete(key);
    pruned++;
  }
  console.log(
    `files changed: ${stats.files}; pairs moved: ${stats.moved}; titles moved: ${stats.titles}; local L copies removed: ${stats.copiesRemoved}; keys: zh ${book.flat.zh.size}, en ${book.flat.en.size}; unused keys removed: ${pruned}`,
  );
  if (stats.left.length) console.log(`left in place (${stats.left.length}):\n  ${stats.left.join("\n  ")}`);
  if (check) process.exit(changed.length ? 1 : 0);
  for (const [file, out] of changed) writeFileSync(file, out);
  writeFileSync(CLIENT_NAMESPACES, `${JSON.stringify(clientNamespaces(), null, 2)}\n`);
  writeFileSync(CATALOGUES.zh, `${JSON.stringify(unflatten(book.flat.zh), null, 2)}\n`);
  writeFileSync(CATALOGUES.en, `${JSON.stringify(unflatten(book.flat.en), null, 2)}\n`);
}

main();
