import { useId, useState } from "preact/hooks";
import { ChoiceChips } from "../ui/choice-chips.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox, Radio } from "../ui/choice-row.tsx";
import { Moon, Sunrise } from "../ui/icons.ts";
import { SegmentedControl } from "../ui/segmented-control.tsx";
import { Specimen } from "./specimen.tsx";

const levels = ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }));
const treatments = [
  { value: "botox", label: "Botox" },
  { value: "fillers", label: "Fillers" },
  { value: "threads", label: "Thread lift" },
  { value: "peel", label: "Peel or laser" },
  { value: "none", label: "None of these" },
];

/** Segmented controls, chips, radios and checkboxes. */
export function ChoicesSection() {
  const [slot, setSlot] = useState<"morning" | "evening">("evening");
  const [level, setLevel] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>(["fillers"]);
  const [mode, setMode] = useState("voice");
  const [checks, setChecks] = useState({ a: true, b: false, c: true });
  const toggle = (k: keyof typeof checks) => () => setChecks({ ...checks, [k]: !checks[k] });
  // Radio names must differ between the two theme columns, or both would form one group.
  const modeName = useId();
  return (
    <>
      <Specimen title="Segmented control" note="A radio group underneath: arrow keys move.">
        <SegmentedControl
          legend="Routine"
          options={[
            { value: "morning", label: "Morning", icon: Sunrise },
            { value: "evening", label: "Evening", icon: Moon },
          ]}
          value={slot}
          onChange={setSlot}
        />
        <SegmentedControl
          legend="Puffiness this morning"
          hint="1 = much worse, 5 = much better"
          options={levels}
          value={level}
          onChange={setLevel}
          error={level === null ? "Choose how it felt, or skip this question." : undefined}
        />
      </Specimen>
      <Specimen title="Choice chips" note="Checkboxes underneath; “None” clears the rest.">
        <ChoiceChips
          legend="Treatments in the last month"
          options={treatments}
          values={chosen}
          exclusive="none"
          onChange={setChosen}
        />
      </Specimen>
      <Specimen title="Radio and checkbox" note="The whole row is the target.">
        <ChoiceGroup legend="How to guide you">
          {[
            ["voice", "Voice and chimes", "Spoken steps, a chime between them"],
            ["chime", "Chimes only", undefined],
            ["silent", "Silent, with vibration", undefined],
          ].map(([value, label, description]) => (
            <Radio
              key={value}
              name={modeName}
              value={value}
              label={label}
              description={description}
              checked={mode === value}
              onChange={() => setMode(value as string)}
            />
          ))}
          <Radio name={`${modeName}-off`} label="Unavailable here" disabled />
        </ChoiceGroup>
        <ChoiceGroup legend="Tiles, for the big answers of a step" hint="One answer per tile">
          <Checkbox
            look="tile"
            label="I have had filler in the last two weeks"
            description="We leave the treated areas out for now."
            checked={checks.a}
            onChange={toggle("a")}
          />
          <Checkbox
            look="tile"
            label="I wear a retainer at night"
            checked={checks.b}
            onChange={toggle("b")}
          />
        </ChoiceGroup>
        <Checkbox label="Remind me in the evening" checked={checks.c} onChange={toggle("c")} />
        <Checkbox label="Unavailable option" disabled />
      </Specimen>
    </>
  );
}
