import { getTableName, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * A column named with its table, always. In the select list of a query on one table drizzle
 * names a column alone, and a subquery there reads that name as its own column of the same name:
 * `(select … from payments p where p.debtor_id = "debtor_id")` sums every payment there is.
 */
export function outer(column: AnyColumn): SQL {
	return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
