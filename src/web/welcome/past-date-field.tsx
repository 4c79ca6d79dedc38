import type { LocalDate } from "../../core/time/local-date.ts";
import { t } from "../i18n/language.ts";
import { TextField } from "../ui/text-field.tsx";

/** Why a treatment date cannot be used (missing, or after today), or `undefined` when it can. */
export function pastDateProblem(
  date: LocalDate | undefined,
  today: LocalDate,
  what: "treatment" | "procedure",
): string | undefined {
  if (date === undefined) return t("welcome.date.missing", { what });
  if (date > today) return t("welcome.date.future");
  return undefined;
}

/** A date input for something that already happened: today at the latest. */
export function PastDateField(props: {
  readonly id: string;
  readonly label: string;
  readonly today: LocalDate;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={props.id}
      type="date"
      label={props.label}
      max={props.today}
      value={props.value}
      onInput={(e) => props.onChange((e.currentTarget as HTMLInputElement).value)}
    />
  );
}
