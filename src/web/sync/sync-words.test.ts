import { afterEach, describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { setTranslator } from "../i18n/language.ts";
import { heldBackText, notSentText, refusedText } from "./sync-words.ts";

describe("sync words", () => {
  afterEach(() => setTranslator(translatorFor("en")));

  it("says the account is full, and that nothing is lost", () => {
    const message = "This account holds 25.0 MB, its limit is 25 MB";
    expect(notSentText({ code: "quota-exceeded", message }, 3)).toBe(
      "the account is full. 3 changes stay on this device, not lost, and sync once the account has room again.",
    );
  });

  it("says what to do about a clock that runs ahead", () => {
    expect(notSentText({ code: "clock-skew", message: "stamped ahead" }, 1)).toBe(
      "this device's clock is more than 10 minutes ahead of the server's, so the server did not take what it stamped. Set this device's date and time right: 1 change stays on this device, not lost, and syncs once the clocks agree.",
    );
  });

  it("says once how many pulled changes are set aside, or nothing", () => {
    expect(heldBackText(0)).toBe("");
    expect(heldBackText(2)).toBe(
      "2 changes from another device are stamped more than 10 minutes ahead of this device's clock, so they are set aside, not merged. Check the date and time on this device and your others; they are merged once the clocks agree.",
    );
  });

  it("counts in the page's language, with its plural forms", () => {
    setTranslator(translatorFor("de"));
    expect(refusedText(2)).toBe(
      "Der Server hat 2 Änderungen abgelehnt; sie bleiben auf diesem Gerät.",
    );
    setTranslator(translatorFor("es"));
    expect(notSentText({ code: "quota-exceeded", message: "" }, 1)).toBe(
      "la cuenta está llena. 1 cambio se queda en este dispositivo, sin perderse, y se sincroniza cuando la cuenta vuelva a tener espacio.",
    );
  });
});
