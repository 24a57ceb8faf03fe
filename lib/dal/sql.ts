/** Small SQL helpers shared by the DAL. */
import 'server-only';
import { getTableName, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * A column as `"table"."column"`. Drizzle prints bare column names inside `sql` fragments of a
 * single-table select, so in a correlated subquery `"film_id" = "id"` would compare two columns of
 * the inner table. Every correlated subquery names its columns through this.
 */
export function col(column: AnyColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
