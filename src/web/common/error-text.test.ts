import { afterEach, describe, expect, it } from "vitest";
import { translatorFor } from "../../i18n/node-translator.ts";
import { setTranslator } from "../i18n/language.ts";
import { errorText } from "./error-text.ts";

afterEach(() => setTranslator(translatorFor("en")));

describe("the app's words for the server's error codes", () => {
  it("says each code in the page's language, whatever the server wrote", () => {
    expect(errorText("rate-limited")).toBe(
      "Too many tries in a short time. Wait a minute and try again.",
    );
    setTranslator(translatorFor("de"));
    expect(errorText("offline")).toBe("Der Server von Nura ist nicht erreichbar.");
    setTranslator(translatorFor("es"));
    expect(errorText("unauthorized")).toBe(
      "Se cerró tu sesión. Vuelve a iniciar sesión para continuar.",
    );
  });
});
