import { beforeAll, expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import {
  findUserByCalendarToken,
  revokeCalendarToken,
  rotateCalendarToken,
} from "./calendar-token.ts";
import { createAccount } from "./user-store.ts";

describeEachStore("calendar tokens", (fixture) => {
  const store = useStore(fixture);
  let ana: string;
  let ben: string;
  beforeAll(async () => {
    ana = (await createAccount(store(), "ana@example.org", "h", 1_764_000_000_000))?.id ?? "";
    ben = (await createAccount(store(), "ben@example.org", "h", 1_764_000_000_000))?.id ?? "";
  });

  it("finds the account a token belongs to, and only that one", async () => {
    const a = await rotateCalendarToken(store(), ana);
    const b = await rotateCalendarToken(store(), ben);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await findUserByCalendarToken(store(), a)).toEqual({ id: ana });
    expect(await findUserByCalendarToken(store(), b)).toEqual({ id: ben });
    const row = await store()
      .db.selectFrom("users")
      .select("calendar_token_hash")
      .where("id", "=", ana)
      .executeTakeFirstOrThrow();
    expect(row.calendar_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.calendar_token_hash).not.toContain(a);
  });

  it("revokes the old token on rotation, and all tokens on revoke", async () => {
    const old = await rotateCalendarToken(store(), ana);
    const fresh = await rotateCalendarToken(store(), ana);
    expect(await findUserByCalendarToken(store(), old)).toBeUndefined();
    expect(await findUserByCalendarToken(store(), fresh)).toEqual({ id: ana });
    await revokeCalendarToken(store(), ana);
    expect(await findUserByCalendarToken(store(), fresh)).toBeUndefined();
  });

  it("answers undefined for malformed tokens without touching the database", async () => {
    for (const t of ["", "short", "x".repeat(44), "../../etc/passwd", `${"A".repeat(42)}=`]) {
      expect(await findUserByCalendarToken(store(), t)).toBeUndefined();
    }
  });
});
