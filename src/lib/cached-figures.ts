import "server-only";
// The process's figures cache (see ./figures-cache.ts), with the stamp read once per request.
import { cache } from "react";
import { db } from "@/lib/db";
import { FiguresCache, readFiguresStamp } from "./figures-cache";

const globalForFigures = globalThis as unknown as { renewFigures?: FiguresCache };
export const figuresCache: FiguresCache = (globalForFigures.renewFigures ??= new FiguresCache());

// One stamp read per server render (React's cache is per request; outside a render — route
// handlers, tests — it reads each time, which is only one more indexed row).
const stampOfRequest = cache(() => readFiguresStamp(db));

/** `load()`'s figures for `key`, from memory while the database's stamp says nothing they read has changed. */
export function cachedFigures<T>(key: string, load: () => Promise<T>): Promise<T> {
  return figuresCache.get(key, stampOfRequest(), load);
}

/** The part of a key for figures that depend on today's date in Chongqing (overdue, closing soon). */
export function dayKey(today: Date): string {
  return today.toISOString().slice(0, 10);
}
