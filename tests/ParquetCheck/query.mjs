// node query.mjs FILE.parquet "SQL with ? for the file"  →  the rows as JSON on stdout.
// Used by CliExportTests to read the Parquet export with DuckDB, a reader independent of the writer.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, sql] = process.argv.slice(2);
if (!file || !sql) {
  console.error('usage: node query.mjs FILE.parquet "SELECT ... FROM ?"');
  process.exit(2);
}
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const quoted = "'" + file.replaceAll("'", "''") + "'";
const result = await connection.runAndReadAll(sql.replaceAll('?', quoted));
process.stdout.write(JSON.stringify(result.getRowObjectsJson()));
