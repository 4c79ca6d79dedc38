import type { Locale } from "../../../core/i18n/locales.ts";
import { chooseVoice } from "./voice-choice.ts";

/** Speaks cues through the Web Speech API, in one language. */
export interface Speaker {
  /**
   * True once a voice of the speaker's language is known to exist; waits briefly for the voice
   * list to load. False means the cues are never spoken: chimes and captions guide instead.
   */
  available(): Promise<boolean>;
  speak(text: string, volume: number, rate: number): void;
  cancel(): void;
}

/** How long to wait for a browser that loads its voices late before deciding there are none. */
export const VOICE_WAIT_MS = 1500;

/**
 * A speaker over `speechSynthesis` that speaks `locale` with a voice of that language (see
 * {@link chooseVoice}), or not at all when the device has none; a browser without speech has
 * no voice. Voices that arrive late (`voiceschanged`) are taken up when they come.
 */
export function browserSpeaker(
  locale: Locale,
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Speaker {
  let voice: SpeechSynthesisVoice | undefined;
  let voiced: Promise<boolean> | undefined;
  const pick = () => {
    voice = synth ? chooseVoice(synth.getVoices(), locale) : undefined;
    return voice !== undefined;
  };
  return {
    available() {
      if (!synth) return Promise.resolve(false);
      voiced ??= new Promise<boolean>((resolve) => {
        if (pick()) return resolve(true);
        synth.addEventListener("voiceschanged", () => resolve(pick()));
        setTimeout(() => resolve(pick()), VOICE_WAIT_MS);
      });
      return voiced;
    },
    speak(text, volume, rate) {
      if (!synth || !voice) return;
      // A new cue replaces one still being spoken: the newest instruction is the one that applies.
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.volume = volume;
      u.rate = rate;
      synth.speak(u);
    },
    cancel() {
      synth?.cancel();
    },
  };
}
