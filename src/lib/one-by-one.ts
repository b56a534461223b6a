// A transaction's reads, one after another. An interactive transaction is one connection, which
// runs one query at a time anyway: `Promise.all` over it only queues them inside `pg`, which warns
// that pg 9 will refuse it ("client.query() when the client is already executing a query").
// Outside a transaction, where the pool has connections to spare, `Promise.all` is right.

type Steps = readonly (() => unknown)[];

/** Runs each step after the last has finished; the results in the steps' order, typed like Promise.all's. */
export async function oneByOne<T extends Steps>(
  ...steps: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
