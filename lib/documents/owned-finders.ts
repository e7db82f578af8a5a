import "server-only";

/** The one query shape both finders need: a user's row by id or by origin. */
type OwnedTable<Row> = {
  findFirst(args: { where: { userId: string; id?: string; origin?: string } }): PromiseLike<Row | null>;
};

/**
 * A kind's "get" and "find by origin", both scoped by userId: a document id
 * alone never finds a row, so another user's id (guessed or leaked) reads nothing.
 */
export function ownedFinders<Row, Stored>(table: () => OwnedTable<Row>, toStored: (row: Row) => Stored) {
  const find = async (where: { userId: string; id?: string; origin?: string }) => {
    const row = await table().findFirst({ where });
    return row ? toStored(row) : null;
  };
  return {
    get: (userId: string, id: string) => find({ id, userId }),
    findByOrigin: (userId: string, origin: string) => find({ userId, origin }),
  };
}

/** A kind's list query: the user's rows, newest first, at most 200 (a list page shows no more). */
export const newestFirst = <Where extends { userId: string }>(where: Where) => ({
  where,
  orderBy: { updatedAt: "desc" as const },
  take: 200,
});

/** A listed row as the client gets it: dates as ISO strings. */
export const withIsoDate = <Row extends { updatedAt: Date }>(row: Row) => ({
  ...row,
  updatedAt: row.updatedAt.toISOString(),
});
