/** The two databases Nura runs on. */
export type DialectName = "sqlite" | "postgres";
