import { t } from "../i18n/language.ts";
import { lazyScreen } from "../shell/lazy-screen.tsx";
import type { Route } from "../shell/route.ts";
import { preloadGuides } from "./use-guides.ts";

const GuidesScreen = lazyScreen(
  () => import("./guides-screen.tsx").then((m) => m.GuidesScreen),
  () => t("shell.screen.guides"),
  ["core", "learn"],
);
const TechniqueScreen = lazyScreen(
  () => import("./technique-screen.tsx").then((m) => m.TechniqueScreen),
  () => t("shell.screen.technique"),
  ["core", "learn"],
);
const ZoneScreen = lazyScreen(
  () => import("./zone-screen.tsx").then((m) => m.ZoneScreen),
  () => t("shell.screen.zone"),
  ["core", "learn"],
);
const EvidenceScreen = lazyScreen(
  () => import("./evidence-screen.tsx").then((m) => m.EvidenceScreen),
  () => t("shell.screen.evidence"),
  ["core", "learn"],
);
const LearnHub = lazyScreen(
  () => import("./learn-hub.tsx").then((m) => m.LearnHub),
  () => t("shell.screen.learn"),
  ["core", "learn"],
);

/** The Learn screens, each loaded when first opened; /learn is in the main navigation (shell/main-nav.ts). */
export const learnRoutes: readonly Route[] = [
  {
    path: "/learn/guides",
    title: () => t("shell.title.guides"),
    screen: GuidesScreen,
    prepare: preloadGuides,
  },
  { path: "/learn/techniques", title: () => t("shell.title.technique"), screen: TechniqueScreen },
  { path: "/learn/zones", title: () => t("shell.title.zone"), screen: ZoneScreen },
  { path: "/learn/evidence", title: () => t("shell.title.evidence"), screen: EvidenceScreen },
  { path: "/learn", title: () => t("shell.title.learn"), screen: LearnHub },
];
