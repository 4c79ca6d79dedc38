import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.ts";

/**
 * One versioned schema change. `up` receives the dialect for the few statements that must differ
 * between SQLite and PostgreSQL; everything else goes through Kysely's schema builder.
 */
export interface NuraMigration {
  readonly name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down?(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}
