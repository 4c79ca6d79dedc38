import { useEffect, useState } from "preact/hooks";
import { ZONE_IDS, type ZoneId } from "../../core/model/zones.ts";
import {
  type CheckinBody,
  LEVELS as LEVEL_VALUES,
  type Level,
  levelWords,
  MEASURES,
  type Measure,
  NOTE_MAX,
  REACTION_KINDS,
  type ReactionKind,
} from "../../core/progress/checkin.ts";
import { validateCheckin } from "../../core/progress/checkin-validate.ts";
import { deviceTimeZone } from "../common/device-time-zone.ts";
import { ProblemNotice, Waiting } from "../common/problem-notice.tsx";
import { useAction } from "../common/use-action.ts";
import { useLoad } from "../common/use-load.ts";
import { t } from "../i18n/language.ts";
import { localRecords } from "../local/device.ts";
import { newRecordId } from "../local/device-clock.ts";
import type { SessionBody } from "../local/session-body.ts";
import { navigate } from "../router.ts";
import { Button } from "../ui/button.tsx";
import { Notice } from "../ui/notice.tsx";
import { SegmentedControl } from "../ui/segmented-control.tsx";
import { TextArea } from "../ui/text-area.tsx";
import { showToast } from "../ui/toast-queue.ts";
import { isEmptyCheckin } from "./empty-checkin.ts";
import { slotName, whenText, zoneName } from "./labels.ts";

type Ratings = Partial<Record<Measure, Level>>;
type ReactionZones = Partial<Record<ReactionKind, ZoneId>>;

const LEVELS = ["1", "2", "3", "4", "5"] as const;

/**
 * One rating as five large segments, 1 to 5, with the chosen level's words beneath and the
 * words of both ends under the track, so a wet thumb finds it; "Clear" takes the rating back.
 */
function MeasureField({
  m,
  value,
  set,
}: {
  m: Measure;
  value: Level | undefined;
  set: (l?: Level) => void;
}) {
  const words = LEVEL_VALUES.map((l) => levelWords(m, l, t));
  return (
    <div class="measure">
      <SegmentedControl
        legend={t(`checkin.measure.${m}.name`)}
        hint={value === undefined ? "Not rated" : `${value} · ${words[value - 1]}`}
        name={m}
        value={value === undefined ? null : String(value)}
        options={LEVELS.map((l, i) => ({ value: l, label: l, description: words[i] }))}
        onChange={(l) => set(Number(l) as Level)}
      />
      <p class="measure__ends" aria-hidden="true">
        <span>{words[0]}</span>
        <span>{words[4]}</span>
      </p>
      {value === undefined ? null : (
        <Button variant="quiet" size="small" onClick={() => set(undefined)}>
          Clear {t(`checkin.measure.${m}.inline`)}
        </Button>
      )}
    </div>
  );
}

/**
 * The check-in: five ratings with words, reactions with their zone, and a note. Opened with
 * `?session=<id>` from the player's finish screen (with a one-tap skip) or `?edit=<id>` from
 * history, where an edit rewrites the same record.
 */
export function CheckinForm() {
  const params = new URLSearchParams(location.search);
  const sessionId = params.get("session") ?? undefined;
  const editId = params.get("edit") ?? undefined;
  const [ratings, setRatings] = useState<Ratings>({});
  const [reactions, setReactions] = useState<ReactionZones>({});
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [linked, setLinked] = useState(sessionId);
  const [at, setAt] = useState<string>();
  // A new check-in's id is made when the form opens: however often it is submitted (a double
  // tap, a retry after a failed write), it is one record.
  const [newId] = useState(newRecordId);

  const linkedSession = useLoad(
    "read the session this check-in belongs to",
    async () => (linked ? (await localRecords()).get<SessionBody>(linked) : undefined),
    [linked],
  );
  const linkedBody =
    linkedSession.value && !linkedSession.value.deleted ? linkedSession.value.body : undefined;
  const after = linkedBody
    ? `After your ${slotName(linkedBody.slot).toLowerCase()} session of ${whenText(linkedBody.startedAt)}.`
    : "";

  // An edit shows its fields only once the stored check-in is in them, so nothing typed
  // before the read finishes is overwritten by it.
  const edited = useLoad(
    "open this check-in",
    async () => (editId ? ((await (await localRecords()).get<CheckinBody>(editId)) ?? null) : null),
    [editId],
  );
  // The fields appear in the same render that fills them, so nothing typed is overwritten.
  const [filled, setFilled] = useState(editId === undefined);
  const loading = !filled;
  useEffect(() => {
    if (!editId || edited.value === undefined) return;
    const rec = edited.value;
    setFilled(true);
    if (!rec || rec.deleted) return setError("That check-in is no longer on this device.");
    setRatings({ ...rec.body.ratings });
    setReactions(Object.fromEntries(rec.body.reactions.map((x) => [x.kind, x.zone])));
    setNote(rec.body.note);
    setLinked(rec.body.sessionId);
    setAt(rec.body.at);
  }, [editId, edited.value]);

  const saving = useAction("save your check-in", async (value: CheckinBody) => {
    const records = await localRecords();
    // A correction keeps the id (the sync merge lets a later edit of a check-in win).
    if (editId) await records.put("checkin", value, editId);
    else await records.create("checkin", value, newId);
    navigate(editId ? "/progress/history" : "/progress");
    showToast({ message: editId ? "Check-in updated." : "Check-in saved.", tone: "success" });
  });

  const save = (event: Event) => {
    event.preventDefault();
    const body = {
      at: at ?? new Date().toISOString(),
      timeZone: deviceTimeZone(),
      ...(linked ? { sessionId: linked } : {}),
      ratings,
      reactions: REACTION_KINDS.filter((k) => reactions[k]).map((k) => ({
        kind: k,
        zone: reactions[k],
      })),
      note: note.trim(),
    };
    if (isEmptyCheckin(body))
      return setError("Rate at least one measure, tick a reaction or write a note to check in.");
    const checked = validateCheckin(body, "check-in");
    if (!checked.ok) return setError(checked.error.message);
    setError("");
    saving.run(checked.value);
  };

  if (loading) {
    return (
      <section class="checkin-form progress-card" aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">Edit check-in</h2>
        <Waiting problem={edited.problem}>Opening this check-in…</Waiting>
      </section>
    );
  }

  return (
    <form
      class="checkin-form progress-card"
      onSubmit={save}
      aria-labelledby="checkin-heading"
      noValidate
    >
      <h2 id="checkin-heading">{editId ? "Edit check-in" : "How does your skin feel?"}</h2>
      {after ? <p class="checkin-after">{after}</p> : null}
      <ProblemNotice problem={linkedSession.problem} />
      <p class="muted">Rate only what you noticed. These are your impressions, for your eyes.</p>
      {MEASURES.map((m) => (
        <MeasureField
          key={m}
          m={m}
          value={ratings[m]}
          set={(l) => setRatings({ ...ratings, [m]: l })}
        />
      ))}
      <fieldset>
        <legend>Any reactions?</legend>
        {REACTION_KINDS.map((k) => (
          <div key={k} class="reaction-row">
            <label>
              <input
                type="checkbox"
                checked={reactions[k] !== undefined}
                onChange={(e) =>
                  setReactions({
                    ...reactions,
                    [k]: e.currentTarget.checked ? "cheeks" : undefined,
                  })
                }
              />{" "}
              {t(`checkin.reaction.${k}.name`)}
            </label>
            {reactions[k] ? (
              <label>
                {" "}
                where{" "}
                <select
                  value={reactions[k]}
                  onChange={(e) =>
                    setReactions({ ...reactions, [k]: e.currentTarget.value as ZoneId })
                  }
                >
                  {ZONE_IDS.map((z) => (
                    <option key={z} value={z}>
                      {zoneName(z)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      <TextArea
        label="Note (optional)"
        maxLength={NOTE_MAX}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
        rows={3}
      />
      {error ? (
        <Notice tone="danger" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}
      <ProblemNotice problem={saving.problem.value} />
      <div class="actions">
        <button type="submit" disabled={saving.busy.value}>
          Save check-in
        </button>
        <a class="button secondary" href="/progress">
          {sessionId ? "Skip" : "Cancel"}
        </a>
      </div>
    </form>
  );
}
