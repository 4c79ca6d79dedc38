import { describe, expect, it } from "vitest";
import { parseRoutineInput } from "./parse-routine-input.ts";

describe("parseRoutineInput", () => {
  it("takes kinds or { kind, name }, keeping unknown kinds for the composer to name", () => {
    expect(
      parseRoutineInput({ slot: "am", products: ["serum", { kind: "lotion", name: "Day" }] }),
    ).toEqual({
      ok: true,
      value: { slot: "am", products: [{ kind: "serum" }, { kind: "lotion", name: "Day" }] },
    });
  });

  it.each([
    [null, "input"],
    [{ slot: "am", products: [], shelf: 1 }, "input"],
    [{ slot: "dusk", products: [] }, "slot"],
    [{ slot: "am" }, "products"],
    [{ slot: "am", products: Array.from({ length: 51 }, () => "serum") }, "products"],
    [{ slot: "am", products: [3] }, "products[0]"],
    [{ slot: "am", products: ["x".repeat(41)] }, "products[0]"],
    [{ slot: "am", products: [{ kind: "serum", label: "x" }] }, "products[0]"],
    [{ slot: "am", products: [{ name: "x" }] }, "products[0].kind"],
    [{ slot: "am", products: [{ kind: "serum", name: "x".repeat(101) }] }, "products[0].name"],
  ])("%j is refused naming %s", (input, field) => {
    const result = parseRoutineInput(input);
    expect(result.ok ? "" : result.error.field).toBe(field);
  });

  it("names the known fields of a product", () => {
    const result = parseRoutineInput({ slot: "am", products: [{ kind: "serum", label: "x" }] });
    expect(result.ok ? "" : result.error.message).toBe(
      'products[0] has an unknown field "label"; known fields: kind, name',
    );
  });
});
