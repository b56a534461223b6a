// A comparable description of a database's public schema, read from PostgreSQL's own catalogue.
// Two databases built differently (by replaying migrations, or from one from-empty diff) are the
// same schema when their catalogues are deep-equal. Everything is sorted by name, so the order in
// which objects were created does not matter — but enum labels keep their order, which does
// (it is the sort order of an enum column).
import pg from "pg";

export type Catalogue = {
  tables: string[];
  columns: {
    table: string;
    column: string;
    /** Full SQL type with modifiers, e.g. `numeric(12,2)`, `timestamp(3) without time zone`. */
    type: string;
    /** The type's own name, e.g. `numeric`, `_text`, or an enum's name. */
    udt: string;
    nullable: boolean;
    default: string | null;
  }[];
  enums: { name: string; labels: string[] }[];
  sequences: { name: string; type: string }[];
  indexes: { table: string; name: string; definition: string }[];
  constraints: { table: string; name: string; type: string; definition: string }[];
};

/** Migrate's bookkeeping, present only where migrations were applied. */
const IGNORED_TABLE = "_prisma_migrations";

// Column order is left out on purpose: a column added by a later migration comes last, while a
// from-empty diff puts it where the model declares it, and Prisma does not depend on the order.
const COLUMNS_SQL = `
  SELECT c.relname AS "table", a.attname AS "column",
         format_type(a.atttypid, a.atttypmod) AS "type", t.typname AS "udt",
         NOT a.attnotnull AS "nullable", pg_get_expr(d.adbin, d.adrelid) AS "default"
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0
    AND NOT a.attisdropped AND c.relname <> $1
  ORDER BY 1, 2`;

const TABLES_SQL = `
  SELECT c.relname AS "name"
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1
  ORDER BY 1`;

const ENUMS_SQL = `
  SELECT t.typname AS "name", array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS "labels"
  FROM pg_type t
  JOIN pg_enum e ON e.enumtypid = t.oid
  JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname = 'public'
  GROUP BY t.typname
  ORDER BY 1`;

const SEQUENCES_SQL = `
  SELECT sequence_name AS "name", data_type AS "type"
  FROM information_schema.sequences
  WHERE sequence_schema = 'public'
  ORDER BY 1`;

const INDEXES_SQL = `
  SELECT tablename AS "table", indexname AS "name", indexdef AS "definition"
  FROM pg_indexes
  WHERE schemaname = 'public' AND tablename <> $1
    -- Partial indexes (… WHERE …) are hand-written in migrations: schema.prisma cannot declare them.
    AND indexdef NOT LIKE '% WHERE %'
  ORDER BY 1, 2`;

// NOT NULL constraints (listed in pg_constraint since PostgreSQL 18) are left out: nullability is
// already in the columns, and their generated names keep a column's old name after a rename.
// Constraint triggers (contype 't', e.g. the deferred figures stamp) are hand-written SQL in the
// migrations that schema.prisma cannot express, like the plain triggers, which are not read either.
const CONSTRAINTS_SQL = `
  SELECT c.relname AS "table", k.conname AS "name", k.contype::text AS "type",
         pg_get_constraintdef(k.oid) AS "definition"
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relname <> $1 AND k.contype NOT IN ('n', 't')
  ORDER BY 1, 2`;

/** Reads the catalogue of the public schema of the database at `url`. */
export async function readCatalogue(url: string): Promise<Catalogue> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
      (await client.query<T>(sql, params)).rows;
    // Sequential on purpose: one client runs one query at a time anyway.
    const tables = await rows<{ name: string }>(TABLES_SQL, [IGNORED_TABLE]);
    return {
      tables: tables.map((row) => row.name),
      columns: await rows<Catalogue["columns"][number]>(COLUMNS_SQL, [IGNORED_TABLE]),
      enums: await rows<Catalogue["enums"][number]>(ENUMS_SQL),
      sequences: await rows<Catalogue["sequences"][number]>(SEQUENCES_SQL),
      indexes: await rows<Catalogue["indexes"][number]>(INDEXES_SQL, [IGNORED_TABLE]),
      constraints: await rows<Catalogue["constraints"][number]>(CONSTRAINTS_SQL, [IGNORED_TABLE]),
    };
  } finally {
    await client.end();
  }
}

/**
 * What the migrations hold that prisma/schema.prisma cannot express and the schema engine neither
 * writes nor reads: triggers (constraint triggers included), functions, partial indexes. A
 * migration the engine generates never drops them, but a hand-edited or squashed one could; the
 * migrations test compares this list with the one it expects.
 */
export type HandWritten = {
  functions: string[];
  triggers: { table: string; name: string; deferred: boolean }[];
  partialIndexes: { table: string; name: string; definition: string }[];
};

const FUNCTIONS_SQL = `
  SELECT p.proname AS "name"
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public'
  ORDER BY p.proname COLLATE "C"`;

const TRIGGERS_SQL = `
  SELECT c.relname AS "table", t.tgname AS "name", t.tginitdeferred AS "deferred"
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND NOT t.tgisinternal
  ORDER BY c.relname COLLATE "C", t.tgname COLLATE "C"`;

const PARTIAL_INDEXES_SQL = `
  SELECT tablename AS "table", indexname AS "name", indexdef AS "definition"
  FROM pg_indexes
  WHERE schemaname = 'public' AND indexdef LIKE '% WHERE %'
  ORDER BY tablename COLLATE "C", indexname COLLATE "C"`;

export async function readHandWritten(url: string): Promise<HandWritten> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const functions = await client.query<{ name: string }>(FUNCTIONS_SQL);
    return {
      functions: functions.rows.map((row) => row.name),
      triggers: (await client.query<HandWritten["triggers"][number]>(TRIGGERS_SQL)).rows,
      partialIndexes: (await client.query<HandWritten["partialIndexes"][number]>(PARTIAL_INDEXES_SQL)).rows,
    };
  } finally {
    await client.end();
  }
}
