// The public API of the Nura core: pure domain code, no I/O.

export {
  type Consistency,
  type ConsistencyInput,
  computeConsistency,
  type DayRecord,
  type SessionRecord,
} from "./consistency/consistency.ts";
export { FULL_DAY_SECONDS, HABIT_SMOOTHING, habitScore } from "./consistency/habit-score.ts";
export { computeStreak, FORGIVENESS_WINDOW_DAYS, type Streak } from "./consistency/streak.ts";
export {
  WEEKLY_TARGET_MINUTES,
  type WeeklyMinutes,
  weeklyMinutes,
} from "./consistency/weekly-minutes.ts";
export {
  CLAIM_IDS,
  CLAIMS,
  type Claim,
  type ClaimId,
  type Source,
  STUDY_DOSES,
} from "./evidence/claims.ts";
export { claimForGoal, GOAL_CLAIMS } from "./evidence/goal-claims.ts";
export { GRADE_MEANINGS, GRADES, type Grade } from "./evidence/grades.ts";
export { CONDITION_NAMES, CONDITIONS, type Condition } from "./model/conditions.ts";
export { GOAL_INFO, GOALS, type Goal, type GoalInfo } from "./model/goals.ts";
export { givesSlip, MEDIA, MEDIUM_NAMES, type Medium } from "./model/media.ts";
export { PRESSURE_LEVELS, type Pressure, type PressureLevel } from "./model/pressure.ts";
export { SLOT_NAMES, SLOTS, type Slot } from "./model/slots.ts";
export {
  PER_LINE,
  TECHNIQUE_IDS,
  TECHNIQUES,
  type Technique,
  type TechniqueId,
} from "./model/techniques.ts";
export { TOOL_IDS, TOOLS, type Tool, type ToolId } from "./model/tools.ts";
export { ZONE_LINES } from "./model/zone-lines.ts";
export { type Region, ZONE_IDS, ZONES, type Zone, type ZoneId } from "./model/zones.ts";
export { countPhrase } from "./planner/count-words.ts";
export { SPEECH_WORDS_PER_SECOND, speakingSeconds, wordCount } from "./planner/cues.ts";
export { MAX_AGE, MAX_MINUTES, parsePlanInput } from "./planner/parse-plan-input.ts";
export { planOrder, planRequest, planSession } from "./planner/plan-session.ts";
export type {
  Cue,
  CueKind,
  Plan,
  PlanInput,
  PlanNote,
  PlanOrder,
  PlanRequest,
  PlanResult,
  PlanStep,
  Side,
} from "./planner/plan-types.ts";
export { stepLabel } from "./planner/step-label.ts";
export { MAX_STEP_SECONDS, MIN_STEP_SECONDS } from "./planner/step-timing.ts";
export {
  type DatedProgrammeDay,
  type ProgrammeDay,
  type ProgrammeSession,
  programmeDay,
  programmeDays,
} from "./programme/programme-days.ts";
export {
  type ProgrammeSlot,
  programmeSlot,
  type SessionOverride,
} from "./programme/programme-session.ts";
export {
  type ProgrammeAdherence,
  type ProgrammeState,
  type ProgrammeStatus,
  pauseProgramme,
  programmeAdherence,
  programmeStatus,
  readProgrammeState,
  resumeProgramme,
  startProgramme,
} from "./programme/programme-state.ts";
export {
  FOCUS,
  isProgrammeId,
  PROGRAMME_IDS,
  PROGRAMMES,
  type Programme,
  type ProgrammeId,
  type Stage,
  type StageId,
} from "./programme/programmes.ts";
export { checkOrder, type OrderCheck, type OrderRuleCode } from "./routine/check-order.ts";
export { composeRoutine } from "./routine/compose-routine.ts";
export { stepGuide } from "./routine/how-texts.ts";
export { parseRoutineInput } from "./routine/parse-routine-input.ts";
export {
  ACTIVE_KINDS,
  isActive,
  PRODUCT_KINDS,
  type ProductKind,
  type RoutineStepKind,
  STEP_KIND_NAMES,
} from "./routine/product-kinds.ts";
export type {
  ProductInput,
  Routine,
  RoutineResult,
  RoutineStep,
  RoutineWarning,
  RoutineWarningCode,
} from "./routine/routine-types.ts";
export { NECK_CAUTION_AGE } from "./safety/body-rules.ts";
export { INJECTABLE_BLOCK_DAYS, isBlocking } from "./safety/injectables.ts";
export {
  CLEARABLE_PROCEDURES,
  INJECTABLE_KINDS,
  type Injectable,
  type InjectableKind,
  PROCEDURE_KINDS,
  type Procedure,
  type ProcedureKind,
  type Reason,
  type ReasonCode,
  type SafetyProfile,
  type Screening,
  type Verdict,
} from "./safety/profile.ts";
export { pressureLimit, screen, toolBanned } from "./safety/screen.ts";
export {
  addDays,
  dayNumber,
  diffDays,
  fromDayNumber,
  isLocalDate,
  type LocalDate,
  parseLocalDate,
  weekday,
} from "./time/local-date.ts";
export { type Seconds, seconds } from "./time/seconds.ts";
export { DAY_STARTS_AT_HOUR, parseInstant, practiceDay } from "./time/session-day.ts";
export { isTimeZone, localDateOf, type WallClock, wallClock } from "./time/zoned-time.ts";
export type { Checked, InputError } from "./validate/input-error.ts";
