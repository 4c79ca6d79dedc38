import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";
import { calendarSourceQuery } from "./calendar-records.ts";

describe("calendar source query [sqlite]", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openMigratedStore({ sqliteFile: ":memory:" });
  });
  afterAll(() => store.close());

  it("reads three records by primary key, not the account's records of some kinds", async () => {
    const q = calendarSourceQuery(store, "0192f000-0000-7000-8000-000000000001").compile();
    const plan = await store.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]),
    );
    const details = plan.rows.map((r) => r.detail).join("\n");
    expect(details).toMatch(/USING INDEX sqlite_autoindex_records_1 \(user_id=\? AND id=\?\)/);
  });
});
