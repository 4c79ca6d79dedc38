import { useEffect } from "preact/hooks";
import { currentPath } from "../router.ts";
import { matchRoute } from "../routes.ts";
import { useAccountEndedToast } from "../sync/account-ended.ts";
import { NotFound } from "./not-found.tsx";
import { ShellFrame } from "./shell-frame.tsx";

/** The app: the current route's screen in the shell's frame, and the tab named after it. */
export function AppShell() {
  const path = currentPath.value;
  const route = matchRoute(path);
  const Screen = route?.screen ?? NotFound;
  useAccountEndedToast();
  useEffect(() => {
    // Every screen is "Screen · Nura"; a screen that knows better (a guide) renames it after.
    if (route)
      document.title = `${typeof route.title === "function" ? route.title() : route.title} · Nura`;
  }, [route]);
  return (
    <ShellFrame current={route?.path ?? path} frame={route?.frame}>
      <Screen path={path} />
    </ShellFrame>
  );
}
