import type { Route } from "../routes.ts";
import { EvidenceScreen } from "./evidence-screen.tsx";
import { GuidesScreen } from "./guides-screen.tsx";
import { LearnHub } from "./learn-hub.tsx";
import { TechniqueScreen } from "./technique-screen.tsx";
import { ZoneScreen } from "./zone-screen.tsx";

/** The Learn screens; /learn is in the main navigation. */
export const learnRoutes: readonly Route[] = [
  { path: "/learn/guides", title: "Guides", screen: GuidesScreen },
  { path: "/learn/techniques", title: "Technique", screen: TechniqueScreen },
  { path: "/learn/zones", title: "Zone", screen: ZoneScreen },
  { path: "/learn/evidence", title: "Evidence", screen: EvidenceScreen },
  { path: "/learn", title: "Learn", screen: LearnHub, nav: true },
];
