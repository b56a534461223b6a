// The catalogues are one table per language: a key in one must be in the other, every message
// must parse as ICU with the same arguments in both, and every key the code asks for must exist.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator, IntlErrorCode, type IntlError } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import CLIENT_NAMESPACES from "./client-namespaces.json";
import { clientReachableFiles, keysAskedFor, namespaceOf } from "./client-reach";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const ZH = flatten(zh);
const EN = flatten(en);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "generated") continue;
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/**
 * t("a.b.c") and t.rich("a.b.c"), and the fixed part of t(`a.b.${x}`), in every source file; and
 * every quoted "validation.…" / "errors.…" text: the messages the server gives back are keys
 * written as plain strings (a schema's message, `msg(…)`, `ref(…)`, a field's label), see docs/i18n.md.
 */
function usedKeys(): { exact: Map<string, string>; prefixes: Map<string, string> } {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(join(import.meta.dirname, ".."))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(?:t|tr|tx)(?:\.rich|\.markup|\.has)?\(\s*"([^"]+)"/g)) exact.set(m[1]!, file);
    for (const m of text.matchAll(/\b(?:t|tr|tx)\(\s*`([^`$]+)\$\{/g)) prefixes.set(m[1]!, file);
    for (const m of text.matchAll(/\blocalizedTitle\(\s*"([^"]+)"/g)) exact.set(m[1]!, file);
    for (const m of text.matchAll(/["'`]((?:validation|errors)\.[A-Za-z0-9_.]+)["'`]/g)) exact.set(m[1]!, file);
  }
  return { exact, prefixes };
}

const argumentsOf = (message: string) => [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]).sort();

describe("the catalogues", () => {
  it("have the same keys in Chinese and English", () => {
    expect([...ZH.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !ZH.has(k))).toEqual([]);
  });

  it("hold no empty Chinese message (English may drop a word such as 室)", () => {
    expect([...ZH].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
  });

  it("parse and format in both languages with the arguments they name", () => {
    // A language may drop an argument (Chinese says 上一轮 where English says round {round}),
    // but an argument one language names must be supplied to both, so none may be unknown to
    // the code: we only check that every message formats with its own arguments.
    const broken: string[] = [];
    for (const [locale, flat, messages] of [
      ["zh", ZH, zh],
      ["en", EN, en],
    ] as const) {
      const errors: IntlError[] = [];
      const t = createTranslator({ locale, messages, onError: (e) => errors.push(e) });
      for (const [key, message] of flat) {
        const values = Object.fromEntries(argumentsOf(message).map((a) => [a, 1]));
        errors.length = 0;
        (t as unknown as (k: string, v: object) => string)(key, values);
        if (errors.some((e) => e.code !== IntlErrorCode.ENVIRONMENT_FALLBACK))
          broken.push(`${locale}:${key}: ${errors[0]!.message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("have every key the code asks for", () => {
    const { exact, prefixes } = usedKeys();
    const missing = [...exact].filter(([key]) => !ZH.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
    const keys = [...ZH.keys()];
    const deadPrefixes = [...prefixes]
      .filter(([prefix]) => !keys.some((k) => k.startsWith(prefix)))
      .map(([p, f]) => `${p} (${f})`);
    expect(deadPrefixes).toEqual([]);
  });

  it("give client components every namespace they and the modules they import ask for", () => {
    const files = sourceFiles(join(import.meta.dirname, ".."));
    const texts = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
    const client = clientReachableFiles(texts, join(import.meta.dirname, ".."));
    const provided = new Set(CLIENT_NAMESPACES);
    const unprovided: string[] = [];
    for (const file of client) {
      for (const key of keysAskedFor(texts.get(file)!).keys)
        if (!provided.has(namespaceOf(key))) unprovided.push(`${key} (${file})`);
    }
    expect(unprovided).toEqual([]);
  });

  it("give client components only namespaces that exist", () => {
    const namespaces = new Set([...ZH.keys()].flatMap((k) => [k.split(".")[0]!, k.split(".").slice(0, 2).join(".")]));
    expect(CLIENT_NAMESPACES.filter((ns) => !namespaces.has(ns))).toEqual([]);
  });

  it("throw in a test on a key that does not exist", () => {
    const t = createTranslator({
      locale: "zh",
      messages: zh,
      onError: (e) => {
        throw e;
      },
    });
    expect(() => (t as unknown as (k: string) => string)("nav.noSuchKey")).toThrow(/MISSING_MESSAGE|nav\.noSuchKey/);
  });
});
