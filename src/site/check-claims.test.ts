import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";

const messages = (md: string) => checkClaims(md).map((p) => p.message);

describe("checkClaims", () => {
  it("fails a D claim stated as fact, with or without its marker", () => {
    expect(messages("Facial massage removes toxins.")).toEqual([
      '"Facial massage removes toxins." states a benefit (toxins) without its marker [claim:toxins]',
      '"Facial massage removes toxins." states a grade D claim as fact (the evidence is against it or absent)',
    ]);
    expect(messages("A short massage lowers cortisol [claim:cortisol].")).toEqual([
      '"A short massage lowers cortisol ." states a grade D claim as fact (the evidence is against it or absent)',
    ]);
    expect(messages("Massage improves absorption of your serum [claim:absorption].")).toHaveLength(
      1,
    );
  });

  it("fails a B/C claim worded as fact, and passes it hedged", () => {
    expect(messages("Massage boosts collagen [claim:collagen].")).toEqual([
      '"Massage boosts collagen ." states a grade B/C claim as fact (say it may help, or that it is untested)',
    ]);
    expect(
      messages("Massage may help collagen, but hand massage is untested [claim:collagen]."),
    ).toEqual([]);
  });

  it("fails an unmarked benefit and passes the marked one", () => {
    expect(messages("Rolling improves circulation.")).toEqual([
      '"Rolling improves circulation." states a benefit (circulation) without its marker [claim:circulation]',
    ]);
    expect(messages("Rolling improves circulation for a few minutes [claim:circulation].")).toEqual(
      [],
    );
  });

  it("fails absolutes even on a grade B claim", () => {
    expect(messages("It is clinically proven to improve circulation [claim:circulation].")).toEqual(
      ['"It is clinically proven to improve circulation ." overstates a grade B claim'],
    );
  });

  it("passes denials of D claims and safety sentences that only name a condition", () => {
    expect(messages("There is no evidence that massage removes toxins [claim:toxins].")).toEqual(
      [],
    );
    expect(messages("Skip any area with an active acne breakout.")).toEqual([]);
    expect(messages("- Relax your jaw and breathe out.")).toEqual([]);
  });

  it("fails benefits the catalog does not have", () => {
    expect(messages("Gua sha melts face fat in a week.")).toEqual([
      '"Gua sha melts face fat in a week." claims face slimming or fat loss, which the evidence catalog does not support',
    ]);
    expect(messages("Gua sha does not melt face fat.")).toEqual([]);
  });

  it("fails an unknown claim marker and gives the block's line", () => {
    expect(checkClaims("Intro.\n\nA nice glow [claim:glow].")).toEqual([
      { line: 3, message: "unknown claim marker [claim:glow]" },
    ]);
  });

  it("checks headings for wording but does not ask them for a badge", () => {
    expect(messages("## Firmness: untested by hand")).toEqual([]);
    expect(messages("## Massage removes toxins")).toEqual([
      '"Massage removes toxins" states a grade D claim as fact (the evidence is against it or absent)',
    ]);
  });
});
