import { lazyScreen } from "../shell/lazy-screen.tsx";
import type { Route } from "../shell/route.ts";
import { preloadGuides } from "./use-guides.ts";

const GuidesScreen = lazyScreen(
  () => import("./guides-screen.tsx").then((m) => m.GuidesScreen),
  "the guides",
  ["core", "learn"],
);
const TechniqueScreen = lazyScreen(
  () => import("./technique-screen.tsx").then((m) => m.TechniqueScreen),
  "the technique",
  ["core", "learn"],
);
const ZoneScreen = lazyScreen(
  () => import("./zone-screen.tsx").then((m) => m.ZoneScreen),
  "the zone",
  ["core", "learn"],
);
const EvidenceScreen = lazyScreen(
  () => import("./evidence-screen.tsx").then((m) => m.EvidenceScreen),
  "the evidence",
  ["core", "learn"],
);
const LearnHub = lazyScreen(() => import("./learn-hub.tsx").then((m) => m.LearnHub), "Learn", [
  "core",
  "learn",
]);

/** The Learn screens, each loaded when first opened; /learn is in the main navigation (shell/main-nav.ts). */
export const learnRoutes: readonly Route[] = [
  { path: "/learn/guides", title: "Guides", screen: GuidesScreen, prepare: preloadGuides },
  { path: "/learn/techniques", title: "Technique", screen: TechniqueScreen },
  { path: "/learn/zones", title: "Zone", screen: ZoneScreen },
  { path: "/learn/evidence", title: "Evidence", screen: EvidenceScreen },
  { path: "/learn", title: "Learn", screen: LearnHub },
];
