// Bulk writer for the generator: rows are buffered per table and written as one
// `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)` per batch — one round trip and one
// statement per few thousand rows, no per-row parameters, and no extra package (COPY would need one).
import type { PoolClient } from "pg";

export type Column = [name: string, type: string, cast?: string];

export class TableWriter {
  private rows: unknown[][] = [];
  /** Tables whose rows these rows point at: flushed first, so every foreign key already exists. */
  readonly dependsOn: TableWriter[] = [];
  written = 0;
  constructor(
    private readonly client: PoolClient,
    readonly table: string,
    private readonly columns: Column[],
    private readonly onFlush: (table: string, rows: number) => void,
    private readonly batch = 5000,
  ) {}

  async add(row: unknown[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.batch) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    for (const parent of this.dependsOn) await parent.flush();
    const rows = this.rows;
    this.rows = [];
    const params = this.columns.map((_, c) => rows.map((r) => r[c] ?? null));
    const names = this.columns.map(([name]) => `"${name}"`).join(", ");
    const aliases = this.columns.map((_, c) => `c${c}`);
    const unnest = this.columns.map(([, type], c) => `$${c + 1}::${type}[]`).join(", ");
    const select = this.columns.map(([, , cast], c) => (cast ? `c${c}::${cast}` : `c${c}`)).join(", ");
    await this.client.query(
      `INSERT INTO "${this.table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases.join(", ")})`,
      params,
    );
    this.written += rows.length;
    this.onFlush(this.table, rows.length);
  }
}
