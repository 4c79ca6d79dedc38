import { expect, it } from "vitest";
import { QueryShapes } from "./query-shapes.ts";
import { describeEachStore, useStore } from "./test-stores.ts";

describeEachStore("shaped queries", (fixture) => {
  const store = useStore(fixture);
  const now = "2026-11-25T00:00:00.000Z";
  const meta = (rows: { key: string; value: string }[]) =>
    store().shapes.query(
      `test:meta:${rows.length}`,
      rows.flatMap((r) => [r.key, r.value, now]),
      () =>
        store()
          .db.insertInto("app_meta")
          .values(rows.map((r) => ({ ...r, updated_at: now }))),
    );

  it("compiles a shape once, then runs its SQL with each call's values", async () => {
    const first = meta([
      { key: "s1", value: "a" },
      { key: "s2", value: "b" },
    ]);
    const second = meta([
      { key: "s3", value: "c" },
      { key: "s4", value: "d" },
    ]);
    expect(second.sql).toBe(first.sql);
    expect(second.parameters).toEqual(["s3", "c", now, "s4", "d", now]);
    await store().db.executeQuery(first);
    await store().db.executeQuery(second);
    const rows = await store()
      .db.selectFrom("app_meta")
      .select(["key", "value"])
      .where("key", "like", "s%")
      .orderBy("key")
      .execute();
    expect(rows).toEqual([
      { key: "s1", value: "a" },
      { key: "s2", value: "b" },
      { key: "s3", value: "c" },
      { key: "s4", value: "d" },
    ]);
  });

  it("keeps the shapes of each store apart: another instance compiles its own", () => {
    const first = meta([{ key: "t1", value: "a" }]);
    const other = new QueryShapes().query(`test:meta:1`, ["t1"], () =>
      store().db.selectFrom("app_meta").selectAll().where("key", "=", "t1"),
    );
    expect(other.sql).not.toBe(first.sql);
    expect(other.sql).toMatch(/^select/);
  });

  it("refuses parameters listed in another order than the builder's", () => {
    expect(() =>
      store().shapes.query("test:crosswise", ["b", "a"], () =>
        store()
          .db.selectFrom("app_meta")
          .selectAll()
          .where("key", "=", "a")
          .where("value", "=", "b"),
      ),
    ).toThrow(/not in the order the builder uses/);
  });
});
