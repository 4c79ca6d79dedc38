import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";

describeEachStore("the export's page query", (fixture) => {
  const store = useStore(fixture);

  it("walks an account in id order through an index, with no sort", async () => {
    const user = "0192f000-0000-7000-8000-00000000000a";
    const s = store();
    const plan =
      s.dialect === "postgres"
        ? (
            await sql<{ "QUERY PLAN": string }>`explain select id, doc from records
              where user_id = ${user} and id collate "C" > ${""}
              order by id collate "C" limit 200`.execute(s.db)
          ).rows.map((r) => r["QUERY PLAN"])
        : (
            await sql<{ detail: string }>`explain query plan select id, doc from records
              where user_id = ${user} and id > ${""} order by id limit 200`.execute(s.db)
          ).rows.map((r) => r.detail);
    const text = plan.join("\n");
    expect(text).not.toMatch(/Sort|TEMP B-TREE/);
    expect(text).toMatch(
      s.dialect === "postgres"
        ? /records_user_id_c/
        : /sqlite_autoindex_records_1 \(user_id=\? AND id>\?\)/,
    );
  });
});
