import type { StartHome } from "../core/setup/start-hint.ts";
import type { MessageGroup } from "../i18n/message-groups.ts";

/** A screen `/` may open first: its module (from the project's root) and its words' groups. */
export interface StartScreen {
  readonly module: string;
  readonly groups: readonly MessageGroup[];
}

/**
 * The screens `/` opens first, one place for the routes (which load them) and the build (which
 * names their files in the start pages, see `build/start-hints.ts`).
 */
export const START_SCREENS: Readonly<Record<StartHome, StartScreen>> = {
  // The programme's card (day N of M, what the day asks) says its words from the programmes group.
  today: { module: "/src/web/today/today-screen.tsx", groups: ["core", "today", "programmes"] },
  welcome: { module: "/src/web/welcome/welcome-screen.tsx", groups: ["core", "welcome"] },
};
