import { describe, expect, it } from "vitest";
import { type SyncRecord, wireRecord } from "./record.ts";
import { recordJson } from "./record-json.ts";

describe("wireRecord", () => {
  it("keeps the five wire fields and leaves a device's bookkeeping behind", () => {
    const local = {
      id: "0192f000-0000-7000-8000-000000000001",
      kind: "session",
      version: "0001764000000000-0000-devA",
      deleted: false,
      body: { secondsDone: 300 },
      dirty: 1,
      updatedAt: 1_764_000_000_000,
    } as const;
    const wire: SyncRecord = wireRecord(local);
    expect(wire).toEqual({
      id: "0192f000-0000-7000-8000-000000000001",
      kind: "session",
      version: "0001764000000000-0000-devA",
      deleted: false,
      body: { secondsDone: 300 },
    });
    expect(JSON.stringify(wire)).toBe(recordJson(local));
  });
});
