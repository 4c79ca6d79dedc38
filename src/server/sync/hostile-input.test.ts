import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { recordKinds } from "../../core/sync/record.ts";
import { describeEachStore, useStore } from "../store/test-stores.ts";
import { apiHarness, sessionBody, testRecord } from "../testing/api-harness.ts";

const roomy = { limit: 1_000_000, windowMs: 60_000 };
const limits = {
  loginPerIp: roomy,
  reauthPerAccount: roomy,
  registerPerIp: roomy,
  registerPerAccount: roomy,
  resetPerIp: roomy,
  resetPerAccount: roomy,
  planPerIp: roomy,
};
const victimPw = "victim's long password";

const huge = "x".repeat(70 * 1024);
const protoTexts = [
  '{"__proto__":{"polluted":true},"email":"a@b.c","password":"0123456789abc"}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"deviceId":"d","records":[{"__proto__":{"kind":"routine"},"id":"x"}]}',
  `{"deviceId":"d","records":[{"id":"0192f000-0000-7000-8000-000000000001","kind":"routine","version":"0000000000001000-0000-d","deleted":false,"body":{"__proto__":{"polluted":true}}}]}`,
];

/** JSON-ish values with the shapes attackers like: deep, huge, wrong types, prototype keys. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constant(huge),
  fc.constant({ __proto__: null, polluted: true }),
  fc.constantFrom(null, true, 0, -1, 1e308, "", [], {}),
  fc.string({ maxLength: 300 }),
);

const recordish = fc.record(
  {
    id: fc.oneof(
      fc.constantFrom(testRecord(1, "routine", 1, "v").id, testRecord(2, "session", 1, "v").id),
      fc.uuid(),
      nasty,
    ),
    kind: fc.oneof(
      fc.constantFrom(...recordKinds),
      fc.constantFrom("photo", "__proto__", ""),
      nasty,
    ),
    version: fc.oneof(
      fc.integer({ min: 0, max: 1e12 }).map((ms) => `${String(ms).padStart(16, "0")}-0000-evil`),
      nasty,
    ),
    deleted: fc.oneof(fc.boolean(), nasty),
    body: fc.oneof(
      fc.object({ maxDepth: 3 }),
      nasty,
      fc.constant({ s: huge }),
      fc.constant(sessionBody("2026-01-01T00:00:00Z")),
    ),
    extra: nasty,
  },
  { requiredKeys: [] },
);

const pushBodies = fc.oneof(
  nasty,
  fc.record({
    deviceId: fc.oneof(fc.string({ maxLength: 80 }), nasty),
    records: fc.array(recordish, { maxLength: 8 }),
  }),
  fc.record({ deviceId: fc.constant("evil"), records: nasty }),
);

describeEachStore("hostile input at every endpoint", (fixture) => {
  const store = useStore(fixture);
  let h: ReturnType<typeof apiHarness>;
  let victim: string;
  let attacker: string;
  let snapshot: unknown;

  async function victimState() {
    const pull = await h.call("GET", "/api/sync/pull?after=0&limit=500", { cookie: victim });
    const me = await h.call("GET", "/api/me", { cookie: victim });
    return { pull: pull.json, me: me.json };
  }

  beforeAll(async () => {
    h = apiHarness(store(), { rateLimits: limits });
    victim = await h.register("victim@example.org", victimPw);
    attacker = await h.register("attacker@example.org");
    await h.call("POST", "/api/sync/push", {
      cookie: victim,
      body: {
        deviceId: "v",
        records: [
          testRecord(1, "routine", 1, "v", { name: "mine" }),
          testRecord(2, "session", 1, "v", sessionBody("2026-11-20T07:00:00.000Z")),
        ],
      },
    });
    snapshot = await victimState();
  });

  function expectClean(status: number, json: unknown) {
    expect(status).toBeLessThan(500);
    if (status >= 400) {
      const err = (json as { error?: { code?: unknown; message?: unknown } })?.error;
      expect(typeof err?.code).toBe("string");
      expect(typeof err?.message).toBe("string");
      expect(String(err?.message).length).toBeGreaterThan(0);
    }
  }

  const endpoints: [string, string, boolean][] = [
    ["POST", "/api/auth/register", false],
    ["POST", "/api/auth/login", false],
    ["POST", "/api/auth/logout", false],
    ["DELETE", "/api/me", true],
    ["POST", "/api/sync/push", true],
  ];

  for (const [method, path, signedIn] of endpoints) {
    it(`${method} ${path}: random JSON bodies never 5xx and never touch another account`, async () => {
      const bodies =
        path === "/api/sync/push"
          ? pushBodies
          : fc.oneof(nasty, fc.record({ email: nasty, password: nasty }, { requiredKeys: [] }));
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const res = await h.call(method, path, {
            body,
            ...(signedIn ? { cookie: attacker } : {}),
          });
          expectClean(res.status, res.json);
          if (method !== "POST" || path !== "/api/sync/push") expect(res.status).not.toBe(200);
        }),
        { numRuns: 60 },
      );
      expect(await victimState()).toEqual(snapshot);
    });

    it(`${method} ${path}: malformed text, prototype keys and wrong content types get a clear 4xx`, async () => {
      const texts = [...protoTexts, "", "{", "nul", '{"a":', "[1,2", "\u0000", huge];
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constantFrom(...texts), fc.string({ maxLength: 200 })),
          fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
          async (raw, type) => {
            const res = await h.call(method, path, {
              raw,
              headers: { "content-type": type },
              ...(signedIn ? { cookie: attacker } : {}),
            });
            expectClean(res.status, res.json);
          },
        ),
        { numRuns: 40 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await victimState()).toEqual(snapshot);
    });
  }

  it("GET endpoints: random query strings and cookies never 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/sync/pull", "/api/me", "/api/export"),
        fc.dictionary(
          fc.constantFrom("after", "limit", "__proto__", "x"),
          fc.string({ maxLength: 30 }),
        ),
        fc.oneof(
          fc.constant(attacker),
          fc.string({ maxLength: 60 }).map((s) => `nura_session=${s}`),
        ),
        async (path, query, cookie) => {
          const qs = new URLSearchParams(query).toString();
          const res = await h.call("GET", `${path}?${qs}`, { cookie });
          expectClean(res.status, res.json);
        },
      ),
      { numRuns: 80 },
    );
    expect(await victimState()).toEqual(snapshot);
  });

  it("the attacker's valid pushes with the victim's ids land in the attacker's account only", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 1e9 }), fc.boolean(), async (ms, deleted) => {
        const rec = testRecord(
          1,
          "routine",
          ms,
          "evil",
          deleted ? null : { name: "evil" },
          deleted,
        );
        const res = await h.call("POST", "/api/sync/push", {
          cookie: attacker,
          body: { deviceId: "evil", records: [rec] },
        });
        expect(res.status).toBe(200);
      }),
      { numRuns: 30 },
    );
    expect(await victimState()).toEqual(snapshot);
  });

  it("refuses a control character in any text field with 400, the same on every database", async () => {
    const nul = "\\u0000";
    const anywhere =
      "body: text must not contain control characters (such as NUL); tab and new line are fine";
    const cases: [string, string, string, boolean, string][] = [
      [
        "POST",
        "/api/auth/login",
        `{"email":"a${nul}@b.org","password":"0123456789ab"}`,
        false,
        anywhere,
      ],
      [
        "POST",
        "/api/auth/register",
        `{"email":"a${nul}@b.org","password":"0123456789ab"}`,
        false,
        anywhere,
      ],
      [
        "POST",
        "/api/sync/push",
        `{"deviceId":"d","records":[{"id":"0192f000-0000-7000-8000-00000000aaaa","kind":"routine","version":"0000000000001000-0000-d","deleted":false,"body":{"note":"a${nul}b"}}]}`,
        true,
        // A push names the record and field, as every record check does.
        "records.0.body.note: must not contain control characters",
      ],
      ["DELETE", "/api/me", `{"password":"pass${nul}word"}`, true, anywhere],
    ];
    for (const [method, path, raw, signedIn, message] of cases) {
      const res = await h.call(method, path, { raw, ...(signedIn ? { cookie: attacker } : {}) });
      expect({ path, status: res.status, json: res.json }).toEqual({
        path,
        status: 400,
        json: { error: { code: "invalid-input", message } },
      });
    }
    expect(await victimState()).toEqual(snapshot);
  });

  it("answers a body nested thousands deep with 400 before walking it, at every endpoint", async () => {
    // Push-shaped, with the depth inside a record's body, where the record check would walk it.
    const deep = `{"deviceId":"d","records":[{"id":"0192f000-0000-7000-8000-00000000aaab","kind":"checkin","version":"0000000000001000-0000-d","deleted":false,"body":{"a":${"[".repeat(5000)}${"]".repeat(5000)}}}]}`;
    for (const [method, path, signedIn] of endpoints.filter(([, p]) => p !== "/api/auth/logout")) {
      const res = await h.call(method, path, {
        raw: deep,
        ...(signedIn ? { cookie: attacker } : {}),
      });
      expect({ path, status: res.status, json: res.json }).toEqual({
        path,
        status: 400,
        json: { error: { code: "invalid-input", message: "body: nests deeper than 24 levels" } },
      });
    }
  });
});
