import type { ProfileBody } from "../../core/setup/profile-body.ts";

/** What onboarding and the profile editor edit: the profile plus the weekly routine's weekday. */
export interface Draft extends ProfileBody {
  readonly weekday: number;
}

/** Props every onboarding step takes. */
export interface StepProps {
  readonly draft: Draft;
  readonly change: (patch: Partial<Draft>) => void;
}

/** Adds or removes one value of a list, keeping the others in order. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): readonly T[] {
  const rest = list.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}
