/** Speaks cues through the Web Speech API. */
export interface Speaker {
  /** True once a voice is known to exist; waits briefly for the voice list to load. */
  available(): Promise<boolean>;
  speak(text: string, volume: number, rate: number): void;
  cancel(): void;
}

/** How long to wait for a browser that loads its voices late before deciding there are none. */
export const VOICE_WAIT_MS = 1500;

/** A speaker over `speechSynthesis` (or one that has no voice when the browser lacks it). */
export function browserSpeaker(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Speaker {
  let voiced: Promise<boolean> | undefined;
  return {
    available() {
      if (!synth) return Promise.resolve(false);
      voiced ??= new Promise<boolean>((resolve) => {
        if (synth.getVoices().length > 0) return resolve(true);
        const done = () => resolve(synth.getVoices().length > 0);
        synth.addEventListener("voiceschanged", done, { once: true });
        setTimeout(done, VOICE_WAIT_MS);
      });
      return voiced;
    },
    speak(text, volume, rate) {
      if (!synth) return;
      // A new cue replaces one still being spoken: the newest instruction is the one that applies.
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.volume = volume;
      u.rate = rate;
      synth.speak(u);
    },
    cancel() {
      synth?.cancel();
    },
  };
}
