import { useState } from "preact/hooks";
import { Button, ButtonLink, type ButtonVariant } from "../ui/button.tsx";
import { IconButton } from "../ui/icon-button.tsx";
import { ChevronRight, Pause, Play, Plus, Settings, Trash, X } from "../ui/icons.ts";
import { Row, Specimen } from "./specimen.tsx";

const variants: readonly { variant: ButtonVariant; label: string }[] = [
  { variant: "primary", label: "Start session" },
  { variant: "secondary", label: "Edit routine" },
  { variant: "quiet", label: "Back" },
  { variant: "destructive", label: "Delete photo" },
];

/** Buttons in every look, size and state; icon buttons. */
export function ActionsSection() {
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Specimen title="Buttons" note="One primary per view. Busy keeps focus and ignores taps.">
        {variants.map(({ variant, label }) => (
          <Row key={variant} label={variant}>
            <Button variant={variant}>{label}</Button>
            <Button variant={variant} busy busyLabel="Saving…">
              {label}
            </Button>
            <Button variant={variant} disabled>
              {label}
            </Button>
          </Row>
        ))}
        <Row label="sizes">
          <Button size="small">Small 44</Button>
          <Button>Medium 48</Button>
          <Button size="large" icon={Play}>
            Large 56
          </Button>
        </Row>
        <Row label="icons">
          <Button variant="secondary" icon={Plus}>
            Add a step
          </Button>
          <Button variant="quiet" iconEnd={ChevronRight}>
            How we grade
          </Button>
        </Row>
        <Row label="try it">
          <Button
            busy={busy}
            busyLabel="Saving…"
            onClick={() => {
              setBusy(true);
              setTimeout(() => setBusy(false), 1500);
            }}
          >
            Save check-in
          </Button>
        </Row>
        <ButtonLink href="#start" size="large" fullWidth icon={Play}>
          Start evening routine
        </ButtonLink>
      </Specimen>
      <Specimen title="Icon buttons" note="Every one has a label: its name and tooltip.">
        <Row label="quiet">
          <IconButton icon={X} label="Close" />
          <IconButton icon={Settings} label="Settings" />
          <IconButton icon={Trash} label="Delete" size="small" />
        </Row>
        <Row label="filled">
          <IconButton icon={Plus} label="Add" variant="secondary" />
          <IconButton icon={Pause} label="Pause" variant="primary" size="large" />
          <IconButton icon={Plus} label="Add (unavailable)" variant="secondary" disabled />
        </Row>
      </Specimen>
    </>
  );
}
