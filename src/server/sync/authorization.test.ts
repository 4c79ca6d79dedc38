import { beforeAll, expect, it } from "vitest";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { type ApiCall, apiHarness, sessionBody, testRecord } from "../testing/api-harness.ts";

const alicePw = "alice's long password";
const bobPw = "bob's long password!";

describeEachStore("authorization: B against A's data", (fixture) => {
  const store = useStore(fixture);
  let h: ReturnType<typeof apiHarness>;
  let alice: string;
  let bob: string;
  const aliceRecords = [
    testRecord(1, "routine", 1000, "alicePhone", { name: "Alice's routine" }),
    testRecord(2, "session", 1001, "alicePhone", sessionBody("2026-11-20T07:00:00.000Z")),
    testRecord(3, "profile", 1002, "alicePhone", { goals: ["relaxation"] }),
  ];

  async function aliceView() {
    const pull = await h.call("GET", "/api/sync/pull?after=0&limit=500", { cookie: alice });
    const me = await h.call("GET", "/api/me", { cookie: alice });
    return { pull: pull.json, me: me.json, status: [pull.status, me.status] };
  }

  beforeAll(async () => {
    h = apiHarness(store());
    alice = await h.register("alice@example.org", alicePw);
    bob = await h.register("bob@example.org", bobPw);
    const res = await h.call("POST", "/api/sync/push", {
      cookie: alice,
      body: { deviceId: "alicePhone", records: aliceRecords },
    });
    expect(res.status).toBe(200);
  });

  const attempts: {
    name: string;
    method: string;
    path: string;
    call: () => ApiCall;
    expectStatus: number;
    check?: (json: unknown) => void;
  }[] = [
    {
      name: "pull sees none of A's records",
      method: "GET",
      path: "/api/sync/pull?after=0",
      call: () => ({ cookie: bob }),
      expectStatus: 200,
      check: (json) => expect(json).toEqual({ records: [], cursor: 0, more: false }),
    },
    {
      name: "pull with A's cursor range still sees nothing",
      method: "GET",
      path: "/api/sync/pull?after=0&limit=500",
      call: () => ({ cookie: bob }),
      expectStatus: 200,
      check: (json) => expect((json as { records: unknown[] }).records).toEqual([]),
    },
    {
      name: "push over A's ids (later versions, tombstones) touches only B's own copies",
      method: "POST",
      path: "/api/sync/push",
      call: () => ({
        cookie: bob,
        body: {
          deviceId: "bob",
          records: [
            testRecord(1, "routine", 9000, "bob", { name: "hijacked" }),
            testRecord(2, "session", 9001, "bob", null, true),
            testRecord(3, "profile", 9002, "bob", null, true),
          ],
        },
      }),
      expectStatus: 200,
    },
    {
      name: "export holds only B's records",
      method: "GET",
      path: "/api/export",
      call: () => ({ cookie: bob }),
      expectStatus: 200,
      check: (json) => {
        const recs = (json as { records: { kind: string; body: unknown }[] }).records;
        // By id, as the device's export lists them.
        expect(recs.map((r) => [r.kind, r.body])).toEqual([
          ["routine", { name: "hijacked" }],
          ["session", null],
          ["profile", null],
        ]);
      },
    },
    {
      name: "me shows B, never A",
      method: "GET",
      path: "/api/me",
      call: () => ({ cookie: bob }),
      expectStatus: 200,
      check: (json) => expect((json as { email: string }).email).toBe("bob@example.org"),
    },
    {
      name: "deleting with A's password fails",
      method: "DELETE",
      path: "/api/me",
      call: () => ({ cookie: bob, body: { password: alicePw } }),
      expectStatus: 403,
    },
    {
      name: "logging out ends only B's session",
      method: "POST",
      path: "/api/auth/logout",
      call: () => ({ cookie: bob }),
      expectStatus: 204,
    },
    {
      name: "after logout, B's cookie opens nothing",
      method: "GET",
      path: "/api/sync/pull?after=0",
      call: () => ({ cookie: bob }),
      expectStatus: 401,
    },
    {
      name: "logging in as A with B's password fails",
      method: "POST",
      path: "/api/auth/login",
      call: () => ({ body: { email: "alice@example.org", password: bobPw } }),
      expectStatus: 401,
    },
    {
      name: "registering A's email again (other case) fails",
      method: "POST",
      path: "/api/auth/register",
      call: () => ({ body: { email: "ALICE@example.org", password: bobPw }, ip: "192.0.2.99" }),
      expectStatus: 409,
    },
  ];

  for (const a of attempts) {
    it(`${a.name}: ${a.method} ${a.path} → ${a.expectStatus}, A unchanged`, async () => {
      const before = await aliceView();
      const res = await h.call(a.method, a.path, a.call());
      expect(res.status).toBe(a.expectStatus);
      a.check?.(res.json);
      expect(await aliceView()).toEqual(before);
      expect(before.status).toEqual([200, 200]);
      expect((before.pull as { records: unknown[] }).records).toEqual(aliceRecords);
    });
  }
});
