import { useState } from "preact/hooks";
import { ProgressBar } from "../ui/progress-bar.tsx";
import { Slider } from "../ui/slider.tsx";
import { Stepper } from "../ui/stepper.tsx";
import { TextField } from "../ui/text-field.tsx";
import { Specimen } from "./specimen.tsx";

const percent = (v: number) => `${Math.round(v * 100)}%`;
const rate = (v: number) => `${v.toFixed(1)}×`;

/** Slider, stepper for minutes, progress bar, text fields with hint and error. */
export function InputsSection() {
  const [volume, setVolume] = useState(0.7);
  const [speed, setSpeed] = useState(1);
  const [minutes, setMinutes] = useState(8);
  const [email, setEmail] = useState("maya@example");
  return (
    <>
      <Specimen title="Slider" note="A native range: arrow keys step, the value is said in words.">
        <Slider
          label="Volume"
          value={volume}
          min={0}
          max={1}
          step={0.1}
          format={percent}
          ends={["Quiet", "Loud"]}
          onInput={setVolume}
        />
        <Slider
          label="Speaking rate"
          value={speed}
          min={0.5}
          max={1.5}
          step={0.1}
          format={rate}
          hint="How fast the voice reads each step"
          onInput={setSpeed}
        />
        <Slider
          label="Unavailable"
          value={0.3}
          min={0}
          max={1}
          step={0.1}
          disabled
          onInput={() => {}}
        />
      </Specimen>
      <Specimen title="Stepper for minutes" note="A spinbutton: arrows, Page Up/Down, Home/End.">
        <div class="design-steppers">
          <Stepper label="Evening session" value={minutes} min={2} max={20} onChange={setMinutes} />
          <Stepper label="At its shortest" value={2} min={2} max={20} onChange={() => {}} />
        </div>
      </Specimen>
      <Specimen title="Progress bar" note="A native progress: for onboarding's steps.">
        <ProgressBar value={2} max={5} label="Step 2 of 5" />
      </Specimen>
      <Specimen title="Text field and inline error">
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          hint="For signing in on another device"
          error={
            email.includes(".") ? undefined : "Write the whole address, like name@example.com."
          }
          onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
        />
        <TextField label="Routine name" placeholder="Evening calm" />
        <TextField label="Device" value="This phone" disabled />
      </Specimen>
    </>
  );
}
