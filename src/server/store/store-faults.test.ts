import { describe, expect, it } from "vitest";
import { isStoreUnavailable } from "./store-faults.ts";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isStoreUnavailable", () => {
  it.each([
    ["a terminated PostgreSQL backend", withCode("57P01")],
    ["PostgreSQL shutting down", withCode("57P02")],
    ["PostgreSQL still starting", withCode("57P03")],
    ["a PostgreSQL connection failure", withCode("08006")],
    ["PostgreSQL out of disk", withCode("53100")],
    ["too many PostgreSQL connections", withCode("53300")],
    ["a PostgreSQL I/O error", withCode("58030")],
    ["a serialization failure", withCode("40001")],
    ["a read-only standby", withCode("25006")],
    ["a refused connection", withCode("ECONNREFUSED")],
    ["a reset connection", withCode("ECONNRESET")],
    ["a pg socket that closed", new Error("Connection terminated unexpectedly")],
    ["a pg connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a SQLite disk full", withCode("SQLITE_FULL")],
    ["a read-only SQLite file", withCode("SQLITE_READONLY")],
    ["a SQLite file moved away", withCode("SQLITE_READONLY_DBMOVED")],
    ["a SQLite I/O error", withCode("SQLITE_IOERR_WRITE")],
    ["a SQLite lock held too long", withCode("SQLITE_BUSY")],
  ])("is true for %s", (_, err) => {
    expect(isStoreUnavailable(err)).toBe(true);
  });

  it.each([
    ["a unique violation (a bug or a race, not an outage)", withCode("23505")],
    ["a PostgreSQL syntax error", withCode("42601")],
    ["a NUL byte PostgreSQL refuses", withCode("22021")],
    ["a SQLite constraint", withCode("SQLITE_CONSTRAINT_PRIMARYKEY")],
    ["a SQLite syntax error", withCode("SQLITE_ERROR")],
    ["a plain error", new Error("boom")],
    ["a thrown string", "boom"],
    ["null", null],
  ])("is false for %s", (_, err) => {
    expect(isStoreUnavailable(err)).toBe(false);
  });
});
