import { useEffect, useState } from "preact/hooks";
import { ZONE_IDS, type ZoneId } from "../../core/model/zones.ts";
import {
  type CheckinBody,
  isScore,
  levelsOf,
  levelWords,
  MEASURES,
  type Measure,
  NOTE_MAX,
  REACTION_KINDS,
  type ReactionKind,
  SCORES,
  type Score,
  type Scores,
  scoresOf,
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
import { Button, ButtonLink } from "../ui/button.tsx";
import { Card } from "../ui/card.tsx";
import { ChoiceGroup } from "../ui/choice-group.tsx";
import { Checkbox } from "../ui/choice-row.tsx";
import { Notice } from "../ui/notice.tsx";
import { SegmentedControl } from "../ui/segmented-control.tsx";
import { SelectField } from "../ui/select-field.tsx";
import { TextArea } from "../ui/text-area.tsx";
import { showToast } from "../ui/toast-queue.ts";
import { isEmptyCheckin } from "./empty-checkin.ts";
import { slotName, whenText, zoneName } from "./labels.ts";

type ReactionZones = Partial<Record<ReactionKind, ZoneId>>;

/**
 * One rating as five large segments, 1 (worse) to 5 (better) on every scale, with the chosen
 * score's words beneath and the words of both ends under the track, so a wet thumb finds it;
 * "Clear" takes the rating back.
 */
function MeasureField({
  m,
  value,
  set,
}: {
  m: Measure;
  value: Score | undefined;
  set: (s?: Score) => void;
}) {
  const words = SCORES.map((s) => levelWords(m, s, t));
  return (
    <div class="measure">
      <SegmentedControl
        legend={t(`checkin.measure.${m}.name`)}
        hint={
          value === undefined
            ? t("progress.checkin.not-rated")
            : t("progress.checkin.rated", { score: value, words: words[value - 1] ?? "" })
        }
        name={m}
        value={value === undefined ? null : String(value)}
        options={SCORES.map((s, i) => ({
          value: String(s),
          label: String(s),
          description: words[i],
        }))}
        onChange={(s) => {
          const score = Number(s);
          if (isScore(score)) set(score);
        }}
      />
      <p class="measure__ends" aria-hidden="true">
        <span>{words[0]}</span>
        <span>{words[4]}</span>
      </p>
      {value === undefined ? null : (
        <Button variant="quiet" size="small" onClick={() => set(undefined)}>
          {t("progress.checkin.clear", { measure: t(`checkin.measure.${m}.inline`) })}
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
  const [scores, setScores] = useState<Scores>({});
  const [reactions, setReactions] = useState<ReactionZones>({});
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const [linked, setLinked] = useState(sessionId);
  const [at, setAt] = useState<string>();
  // A new check-in's id is made when the form opens: however often it is submitted (a double
  // tap, a retry after a failed write), it is one record.
  const [newId] = useState(newRecordId);

  const linkedSession = useLoad(
    t("progress.checkin.read-session"),
    async () => (linked ? (await localRecords()).get<SessionBody>(linked) : undefined),
    [linked],
  );
  const linkedBody =
    linkedSession.value && !linkedSession.value.deleted ? linkedSession.value.body : undefined;
  const after = linkedBody
    ? t("progress.checkin.after", {
        slot: slotName(linkedBody.slot),
        when: whenText(linkedBody.startedAt),
      })
    : "";

  // An edit shows its fields only once the stored check-in is in them, so nothing typed
  // before the read finishes is overwritten by it.
  const edited = useLoad(
    t("progress.checkin.open"),
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
    if (!rec || rec.deleted) return setError(t("progress.checkin.gone"));
    setScores(scoresOf(rec.body.ratings));
    setReactions(Object.fromEntries(rec.body.reactions.map((x) => [x.kind, x.zone])));
    setNote(rec.body.note);
    setLinked(rec.body.sessionId);
    setAt(rec.body.at);
  }, [editId, edited.value]);

  const saving = useAction(t("progress.checkin.saving"), async (value: CheckinBody) => {
    const records = await localRecords();
    // A correction keeps the id (the sync merge lets a later edit of a check-in win).
    if (editId) await records.put("checkin", value, editId);
    else await records.create("checkin", value, newId);
    navigate(editId ? "/progress/history" : "/progress");
    showToast({
      message: t(editId ? "progress.checkin.updated" : "progress.checkin.saved"),
      tone: "success",
    });
  });

  const save = (event: Event) => {
    event.preventDefault();
    const body = {
      at: at ?? new Date().toISOString(),
      timeZone: deviceTimeZone(),
      ...(linked ? { sessionId: linked } : {}),
      ratings: levelsOf(scores),
      reactions: REACTION_KINDS.filter((k) => reactions[k]).map((k) => ({
        kind: k,
        zone: reactions[k],
      })),
      note: note.trim(),
    };
    if (isEmptyCheckin(body)) return setError(t("progress.checkin.empty"));
    // The fields cannot hold a value the check refuses (the note's length is capped by the
    // field); should one ever, the person reads why in their language, the detail goes to the log.
    const checked = validateCheckin(body, "check-in");
    if (!checked.ok) {
      console.warn(checked.error.message);
      return setError(t("progress.checkin.invalid"));
    }
    setError("");
    saving.run(checked.value);
  };

  if (loading) {
    return (
      <Card as="section" class="checkin-form" aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">{t("progress.checkin.edit-title")}</h2>
        <Waiting problem={edited.problem}>{t("progress.checkin.opening")}</Waiting>
      </Card>
    );
  }

  return (
    <Card>
      <form class="checkin-form" onSubmit={save} aria-labelledby="checkin-heading" noValidate>
        <h2 id="checkin-heading">
          {t(editId ? "progress.checkin.edit-title" : "progress.checkin.title")}
        </h2>
        {after ? <p class="checkin-after">{after}</p> : null}
        <ProblemNotice problem={linkedSession.problem} />
        <p class="muted">{t("progress.checkin.intro")}</p>
        {MEASURES.map((m) => (
          <MeasureField
            key={m}
            m={m}
            value={scores[m]}
            set={(s) => setScores({ ...scores, [m]: s })}
          />
        ))}
        <ChoiceGroup legend={t("progress.checkin.reactions")} class="checkin-reactions">
          {REACTION_KINDS.map((k) => (
            <div key={k} class="reaction-row">
              <Checkbox
                label={t(`checkin.reaction.${k}.name`)}
                checked={reactions[k] !== undefined}
                onChange={(e) =>
                  setReactions({
                    ...reactions,
                    [k]: (e.currentTarget as HTMLInputElement).checked ? "cheeks" : undefined,
                  })
                }
              />
              {reactions[k] ? (
                <SelectField
                  label={t("progress.checkin.reaction-where", {
                    reaction: t(`checkin.reaction.${k}.name`),
                  })}
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
                </SelectField>
              ) : null}
            </div>
          ))}
        </ChoiceGroup>
        <TextArea
          label={t("progress.checkin.note")}
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
        <div class="checkin-form__actions">
          <Button type="submit" busy={saving.busy.value} busyLabel={t("progress.checkin.busy")}>
            {t("progress.checkin.save")}
          </Button>
          <ButtonLink variant="quiet" href="/progress">
            {t(sessionId ? "progress.checkin.skip" : "progress.cancel")}
          </ButtonLink>
        </div>
      </form>
    </Card>
  );
}
