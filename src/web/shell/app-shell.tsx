import { useEffect } from "preact/hooks";
import { currentPath } from "../router.ts";
import { matchRoute } from "../routes.ts";
import { NotFound } from "./not-found.tsx";
import { ShellFrame } from "./shell-frame.tsx";

/** The app: the current route's screen in the shell's frame, and the tab named after it. */
export function AppShell() {
  const path = currentPath.value;
  const route = matchRoute(path);
  const Screen = route?.screen ?? NotFound;
  useEffect(() => {
    document.title = route && route.path !== "/" ? `${route.title} · Nura` : "Nura";
  }, [route]);
  return (
    <ShellFrame current={route?.path} bare={route?.bare}>
      <Screen path={path} />
    </ShellFrame>
  );
}
