import { describe, expect, it } from "vitest";
import { chooseVoice, type VoiceLike } from "./voice-choice.ts";

const voice = (lang: string, localService = false, isDefault = false, name = lang) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe("the voice chosen for the page's language", () => {
  it("is one of that language only, never another language's", () => {
    const english = [voice("en-US", true, true), voice("en-GB", true)];
    expect(chooseVoice(english, "es")).toBeUndefined();
    expect(chooseVoice(english, "de")).toBeUndefined();
    expect(chooseVoice([], "en")).toBeUndefined();
    expect(chooseVoice([...english, voice("es-MX")], "es")?.lang).toBe("es-MX");
  });

  it("reads the language from either form of tag, in any case", () => {
    expect(chooseVoice([voice("de_DE")], "de")?.lang).toBe("de_DE");
    expect(chooseVoice([voice("ES")], "es")?.lang).toBe("ES");
    // A tag that only starts with the same letters is another language.
    expect(chooseVoice([voice("den")], "de")).toBeUndefined();
  });

  it("prefers a voice on the device, then the app's region, then the default", () => {
    const remote = voice("es-ES", false, true, "remote Spain");
    const local = voice("es-US", true, false, "local US");
    expect(chooseVoice([remote, local], "es")?.name).toBe("local US");
    const localSpain = voice("es-ES", true, false, "local Spain");
    expect(chooseVoice([remote, local, localSpain], "es")?.name).toBe("local Spain");
    const a = voice("de-AT", true, false, "Austria");
    const b = voice("de-CH", true, true, "Switzerland, default");
    expect(chooseVoice([a, b], "de")?.name).toBe("Switzerland, default");
    expect(chooseVoice([a, voice("de-CH", true, false, "Switzerland")], "de")?.name).toBe(
      "Austria",
    );
  });

  it("takes the English region the app formats for when it is on the device", () => {
    const voices: VoiceLike[] = [voice("en-US", true, true), voice("en-GB", true)];
    expect(chooseVoice(voices, "en")?.lang).toBe("en-GB");
  });
});
