import { afterEach, describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { setTranslator } from "../i18n/language.ts";
import { accountRefusal, emailProblem, newPasswordProblem } from "./account-words.ts";
import { apiErrorText } from "./api-error-text.ts";

describe("account words", () => {
  afterEach(() => setTranslator(translatorFor("en")));

  it("says a refusal the way the form means it, not in the server's English", () => {
    const wrong = { code: "unauthorized", message: "the email or password is not right" } as const;
    expect(accountRefusal(wrong, "login")).toBe("The email or password is not right.");
    const weak = { code: "invalid-input", message: "next: is too easy to guess. Add a word." };
    expect(accountRefusal(weak as never, "change")).toMatch(
      /^Your new password is too easy to guess\./,
    );
    const used = { code: "invalid-input", message: "token: this link has expired" } as const;
    expect(accountRefusal(used, "new-password")).toMatch(/^This link has expired/);
    const forbidden = { code: "forbidden", message: "the password is not right" } as const;
    expect(accountRefusal(forbidden, "change")).toBe("The current password is not right.");
    expect(accountRefusal(forbidden, "delete")).toBe("The password is not right.");
    expect(accountRefusal({ code: "conflict", message: "exists" }, "register")).toBe(
      "An account with this email already exists. Sign in instead.",
    );
  });

  it("has a sentence for every code, a general one naming the rest", () => {
    expect(apiErrorText("rate-limited")).toBe("Too many tries. Wait a minute, then try again.");
    expect(apiErrorText("method-not-allowed")).toBe(
      "Something went wrong on Nura's server (method-not-allowed). Try again in a moment.",
    );
  });

  it("speaks German and Spanish", () => {
    setTranslator(translatorFor("de"));
    expect(apiErrorText("offline")).toBe(
      "Nuras Server ist nicht erreichbar. Prüf deine Verbindung und versuch es noch einmal.",
    );
    expect(newPasswordProblem("kurz", "")).toBe("Wähl ein Passwort mit mindestens 10 Zeichen.");
    setTranslator(translatorFor("es"));
    expect(emailProblem("no-at-sign")).toBe("Escribe tu dirección de correo.");
    expect(accountRefusal({ code: "unauthorized", message: "" }, "login")).toBe(
      "El correo o la contraseña no son correctos.",
    );
  });
});
