import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserSpeaker, VOICE_WAIT_MS } from "./speech.ts";

interface Spoken {
  text: string;
  voice: SpeechSynthesisVoice | null;
  lang: string;
}

/** A `speechSynthesis` whose voices the test sets, arriving at once or later. */
function fakeSynth(initial: readonly Partial<SpeechSynthesisVoice>[]) {
  let voices = initial as SpeechSynthesisVoice[];
  const target = new EventTarget();
  const spoken: Spoken[] = [];
  const synth = {
    getVoices: () => voices,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    cancel: () => {},
    speak: (u: SpeechSynthesisUtterance) =>
      spoken.push({ text: u.text, voice: u.voice, lang: u.lang }),
  } as unknown as SpeechSynthesis;
  const arrive = (more: readonly Partial<SpeechSynthesisVoice>[]) => {
    voices = more as SpeechSynthesisVoice[];
    target.dispatchEvent(new Event("voiceschanged"));
  };
  return { synth, spoken, arrive };
}

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = "";
  volume = 1;
  rate = 1;
  constructor(readonly text: string) {}
}

const german = { name: "Anna", lang: "de-DE", localService: true, default: false };
const english = { name: "Daniel", lang: "en-GB", localService: true, default: true };

describe("the browser speaker", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal("SpeechSynthesisUtterance", FakeUtterance);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("speaks with a voice of the page's language, the utterance in that language", async () => {
    const { synth, spoken } = fakeSynth([english, german]);
    const speaker = browserSpeaker("de", synth);
    expect(await speaker.available()).toBe(true);
    speaker.speak("Wangen: sanft nach außen streichen.", 1, 1);
    expect(spoken).toEqual([
      { text: "Wangen: sanft nach außen streichen.", voice: german, lang: "de-DE" },
    ]);
  });

  it("has no voice, and says nothing, when the device has none of the language", async () => {
    const { synth, spoken } = fakeSynth([english]);
    const speaker = browserSpeaker("es", synth);
    const answer = speaker.available();
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS);
    expect(await answer).toBe(false);
    speaker.speak("Mejillas: desliza hacia fuera.", 1, 1);
    expect(spoken).toEqual([]);
  });

  it("waits for voices that load late", async () => {
    const { synth, spoken, arrive } = fakeSynth([]);
    const speaker = browserSpeaker("de", synth);
    const answer = speaker.available();
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS / 2);
    arrive([english, german]);
    expect(await answer).toBe(true);
    speaker.speak("Stirn.", 1, 1);
    expect(spoken.map((s) => s.voice)).toEqual([german]);
  });

  it("has no voice in a browser without speech", async () => {
    expect(await browserSpeaker("en", undefined).available()).toBe(false);
  });
});
