import { useState } from "preact/hooks";
import { Button, ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { Icon } from "../ui/icon.tsx";
import { Clock, Moon, Play, ShieldCheck } from "../ui/icons.ts";
import { Sheet } from "../ui/sheet.tsx";
import { Specimen } from "./specimen.tsx";

/** Cards in their three tones, a composed routine card, and the sheet. */
export function SurfacesSection() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Specimen title="Card">
        <Card as="article" class="design-routine">
          <p class="design-routine__eyebrow">
            <Icon icon={Moon} size={18} /> Tonight
          </p>
          <h4 class="design-routine__title">Evening wind-down</h4>
          <p class="design-routine__meta">
            <Icon icon={Clock} size={18} /> 8 min · jaw, cheeks, forehead
          </p>
          <ButtonLink href="#start" icon={Play} fullWidth>
            Start
          </ButtonLink>
        </Card>
        <div class="design-cards">
          <Card tone="outlined" compact>
            Outlined, compact: for long lists.
          </Card>
          <Card tone="tinted">
            <p class="design-tinted">
              <Icon icon={ShieldCheck} size={20} /> Tinted: the one card to notice.
            </p>
          </Card>
        </div>
      </Specimen>
      <Specimen
        title="Sheet"
        note="A bottom sheet on a phone, a dialog from 40rem. Escape, Close or a tap outside close it; focus returns here."
      >
        <Button variant="secondary" onClick={() => setOpen(true)}>
          How we grade evidence
        </Button>
        <Sheet
          open={open}
          onClose={() => setOpen(false)}
          title="How we grade evidence"
          description="From strongest to weakest"
          footer={
            <>
              <Button variant="quiet" onClick={() => setOpen(false)}>
                Back to the step
              </Button>
              <Button onClick={() => setOpen(false)}>Got it</Button>
            </>
          }
        >
          <p>
            A: several careful trials agree. B: at least one careful trial. C: small or uncontrolled
            studies. D: tradition and reasoning only.
          </p>
          <p>Your answers so far stay as they are while you read this.</p>
        </Sheet>
      </Specimen>
    </>
  );
}
