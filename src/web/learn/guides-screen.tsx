import { GuideListScreen } from "./guide-list-screen.tsx";
import { GuideScreen } from "./guide-screen.tsx";

/** /learn/guides is the list; /learn/guides/<slug> one guide (the router matches by prefix). */
export function GuidesScreen(props: { path: string }) {
  return props.path.replace(/\/+$/, "") === "/learn/guides" ? (
    <GuideListScreen />
  ) : (
    <GuideScreen path={props.path} />
  );
}
