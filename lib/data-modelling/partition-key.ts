/**
 * A wide-column (or DynamoDB) table laid out from a key design, and a query run
 * against it. Pure and deterministic: the same rows, design and query always
 * give the same partitions, rows read and rows returned.
 *
 * The rules, stated so a learner can apply them by hand:
 * - The partition key (one or two columns) decides which partition a row lives
 *   in. The primary key is the partition key plus the clustering key; a write
 *   whose primary key already exists replaces that row (an upsert), so with no
 *   clustering key a partition holds one row: the last one written.
 * - Inside a partition, rows are kept sorted by the clustering key in the
 *   chosen direction; equal values are impossible (they would be the same
 *   primary key), and with no clustering key there is only one row.
 * - A query that fixes every partition-key column with `=` reads one partition.
 *   Any other query has to ask every partition (scatter-gather).
 * - Rows come back in stored order: clustering order within a partition, and
 *   partition after partition (by key here, a stand-in for token order, which
 *   has no meaning to the application). LIMIT keeps the first rows of that.
 * - Rows read: when the query filters only on key columns, the store can stop
 *   after LIMIT matching rows; a filter on any other column reads every row of
 *   every partition it touches.
 */
export type Row = { readonly id: string } & Readonly<Record<string, string>>;

export type Column = { name: string; label: string };

export type Design = {
  /** One or two columns. */
  partitionKey: readonly string[];
  /** A column, or null for none. */
  clusteringKey: string | null;
  order: "asc" | "desc";
};

export type Query = {
  id: string;
  label: string;
  /** The query as the application would send it, for display. */
  text: string;
  /** Equality conditions, column → value. */
  where: Readonly<Record<string, string>>;
  limit?: number;
  /** The order the screen needs; the result is right only if it matches. */
  wants?: { column: string; order: "asc" | "desc" };
};

export type Partition = { key: string; rows: Row[] };

export type QueryResult = {
  /** Every partition of the table, by key, each sorted by the clustering key. */
  partitions: Partition[];
  /** Rows replaced by a later write with the same primary key, in write order. */
  overwritten: Row[];
  /** True when the query fixes the whole partition key: one partition asked. */
  singlePartition: boolean;
  /** Keys of the partitions the store has to read (may be empty if the one asked for does not exist). */
  touched: string[];
  /** Rows the store reads to answer. */
  rowsRead: number;
  /** Rows returned, in the order the store returns them. */
  rows: Row[];
  /** The largest partition (first by key on a tie). */
  largest: { key: string; size: number };
  /** Whether the rows returned are exactly what the application asked for, in its order. */
  answersQuery: boolean;
};

const KEY_SEPARATOR = " | ";

/** Null when the design can be used with these columns; otherwise what is wrong, in words. */
export function designProblem(columns: readonly Column[], design: Design): string | null {
  const names = new Set(columns.map((column) => column.name));
  if (design.partitionKey.length < 1 || design.partitionKey.length > 2)
    return "The partition key must have one or two columns.";
  if (new Set(design.partitionKey).size !== design.partitionKey.length)
    return "A column can appear only once in the partition key.";
  for (const column of design.partitionKey) if (!names.has(column)) return `There is no column "${column}".`;
  if (design.clusteringKey !== null) {
    if (!names.has(design.clusteringKey)) return `There is no column "${design.clusteringKey}".`;
    if (design.partitionKey.includes(design.clusteringKey))
      return "The clustering key must be a column outside the partition key.";
  }
  return null;
}

/** "chat_id" → "Chat-ABC-123"; two columns are joined with " | ". */
export function partitionKeyOf(row: Row, design: Design): string {
  return design.partitionKey.map((column) => row[column] ?? "").join(KEY_SEPARATOR);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBy(column: string, order: "asc" | "desc") {
  return (a: Row, b: Row) => {
    const byValue = compareText(a[column] ?? "", b[column] ?? "");
    return order === "asc" ? byValue : -byValue;
  };
}

/**
 * The table after every row is written in order: partitions by key, each
 * sorted by the clustering key, and the rows lost to upserts.
 */
export function layOut(rows: readonly Row[], design: Design): { partitions: Partition[]; overwritten: Row[] } {
  const stored = new Map<string, Row>();
  const overwritten: Row[] = [];
  for (const row of rows) {
    const primaryKey = `${partitionKeyOf(row, design)}${KEY_SEPARATOR}${design.clusteringKey ? (row[design.clusteringKey] ?? "") : ""}`;
    const previous = stored.get(primaryKey);
    if (previous) {
      overwritten.push(previous);
      stored.delete(primaryKey);
    }
    stored.set(primaryKey, row);
  }
  const byPartition = new Map<string, Row[]>();
  for (const row of stored.values()) {
    const key = partitionKeyOf(row, design);
    byPartition.set(key, [...(byPartition.get(key) ?? []), row]);
  }
  const partitions = [...byPartition.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, members]) => ({
      key,
      rows: design.clusteringKey ? [...members].sort(compareBy(design.clusteringKey, design.order)) : members,
    }));
  return { partitions, overwritten };
}

const matches = (row: Row, where: Readonly<Record<string, string>>) =>
  Object.entries(where).every(([column, value]) => row[column] === value);

/** What the application wants: every matching row written (no upserts), in its order, limited. */
export function idealRows(rows: readonly Row[], query: Query): Row[] {
  const found = rows.filter((row) => matches(row, query.where));
  const ordered = query.wants ? [...found].sort(compareBy(query.wants.column, query.wants.order)) : found;
  return query.limit === undefined ? ordered : ordered.slice(0, query.limit);
}

/** Runs `query` on the rows laid out by `design`. Throws on an invalid design or limit. */
export function runQuery(rows: readonly Row[], columns: readonly Column[], design: Design, query: Query): QueryResult {
  const problem = designProblem(columns, design);
  if (problem) throw new Error(problem);
  if (query.limit !== undefined && (!Number.isInteger(query.limit) || query.limit < 1))
    throw new Error("LIMIT must be a whole number of at least 1.");

  const { partitions, overwritten } = layOut(rows, design);
  const singlePartition = design.partitionKey.every((column) => column in query.where);
  const asked = singlePartition
    ? partitions.filter((partition) => matches(partition.rows[0]!, pick(query.where, design.partitionKey)))
    : partitions;

  const keyColumns = new Set([...design.partitionKey, ...(design.clusteringKey ? [design.clusteringKey] : [])]);
  const keyOnly = Object.keys(query.where).every((column) => keyColumns.has(column));

  const returned: Row[] = [];
  let rowsRead = 0;
  for (const partition of asked) {
    for (const row of partition.rows) {
      if (keyOnly && query.limit !== undefined && returned.length >= query.limit) break;
      // A key-only filter seeks straight to its rows; any other filter reads every row.
      if (!keyOnly || matches(row, query.where)) rowsRead += 1;
      if (matches(row, query.where)) returned.push(row);
    }
  }
  const rowsOut = query.limit === undefined ? returned : returned.slice(0, query.limit);

  const largest = partitions.reduce(
    (best, partition) =>
      partition.rows.length > best.size ? { key: partition.key, size: partition.rows.length } : best,
    { key: "", size: 0 },
  );
  const ideal = idealRows(rows, query);
  const answersQuery =
    ideal.length === rowsOut.length &&
    (query.wants
      ? ideal.every((row, index) => row.id === rowsOut[index]!.id)
      : ideal.every((row) => rowsOut.some((out) => out.id === row.id)));

  return {
    partitions,
    overwritten,
    singlePartition,
    touched: asked.map((partition) => partition.key),
    rowsRead,
    rows: rowsOut,
    largest,
    answersQuery,
  };
}

/** The partitions that a set of rows (say, the writes arriving right now) land in. */
export function partitionsWritten(rows: readonly Row[], design: Design): string[] {
  return [...new Set(rows.map((row) => partitionKeyOf(row, design)))].sort(compareText);
}

function pick(where: Readonly<Record<string, string>>, columns: readonly string[]): Record<string, string> {
  return Object.fromEntries(columns.map((column) => [column, where[column]!]));
}
