/* biome-ignore-all lint/performance/noBarrelFile: the one list of the icons the app may draw; each comes from its own Lucide module, so it tree-shakes (icons.test.ts checks), unlike the barrels the rule is for. */
/**
 * The icons Nura draws, each from its own Lucide module so a page's bundle carries only the
 * icons it imports (icons.test.ts bundles two and checks). Add an icon here, by its Lucide file
 * name (https://lucide.dev/icons), before using it; render it with `<Icon icon={…} />`.
 */
export { default as ArrowLeft } from "lucide/dist/esm/icons/arrow-left.mjs";
export { default as Bell } from "lucide/dist/esm/icons/bell.mjs";
export { default as BookOpen } from "lucide/dist/esm/icons/book-open.mjs";
export { default as CalendarDays } from "lucide/dist/esm/icons/calendar-days.mjs";
export { default as CalendarPlus } from "lucide/dist/esm/icons/calendar-plus.mjs";
export { default as Camera } from "lucide/dist/esm/icons/camera.mjs";
export { default as ChartLine } from "lucide/dist/esm/icons/chart-line.mjs";
export { default as Check } from "lucide/dist/esm/icons/check.mjs";
export { default as ChevronDown } from "lucide/dist/esm/icons/chevron-down.mjs";
export { default as ChevronLeft } from "lucide/dist/esm/icons/chevron-left.mjs";
export { default as ChevronRight } from "lucide/dist/esm/icons/chevron-right.mjs";
export { default as CircleAlert } from "lucide/dist/esm/icons/circle-alert.mjs";
export { default as CircleCheck } from "lucide/dist/esm/icons/circle-check.mjs";
export { default as CircleUser } from "lucide/dist/esm/icons/circle-user.mjs";
export { default as Clock } from "lucide/dist/esm/icons/clock.mjs";
export { default as Copy } from "lucide/dist/esm/icons/copy.mjs";
export { default as Download } from "lucide/dist/esm/icons/download.mjs";
export { default as Ellipsis } from "lucide/dist/esm/icons/ellipsis.mjs";
export { default as Eye } from "lucide/dist/esm/icons/eye.mjs";
export { default as EyeOff } from "lucide/dist/esm/icons/eye-off.mjs";
export { default as GripVertical } from "lucide/dist/esm/icons/grip-vertical.mjs";
export { default as Hand } from "lucide/dist/esm/icons/hand.mjs";
export { default as House } from "lucide/dist/esm/icons/house.mjs";
export { default as Image } from "lucide/dist/esm/icons/image.mjs";
export { default as Info } from "lucide/dist/esm/icons/info.mjs";
export { default as Leaf } from "lucide/dist/esm/icons/leaf.mjs";
export { default as ListChecks } from "lucide/dist/esm/icons/list-checks.mjs";
export { default as LogOut } from "lucide/dist/esm/icons/log-out.mjs";
export { default as Minus } from "lucide/dist/esm/icons/minus.mjs";
export { default as Moon } from "lucide/dist/esm/icons/moon.mjs";
export { default as Pause } from "lucide/dist/esm/icons/pause.mjs";
export { default as Play } from "lucide/dist/esm/icons/play.mjs";
export { default as Plus } from "lucide/dist/esm/icons/plus.mjs";
export { default as RefreshCw } from "lucide/dist/esm/icons/refresh-cw.mjs";
export { default as Settings } from "lucide/dist/esm/icons/settings.mjs";
export { default as ShieldCheck } from "lucide/dist/esm/icons/shield-check.mjs";
export { default as SkipBack } from "lucide/dist/esm/icons/skip-back.mjs";
export { default as SkipForward } from "lucide/dist/esm/icons/skip-forward.mjs";
export { default as Sparkles } from "lucide/dist/esm/icons/sparkles.mjs";
export { default as Sprout } from "lucide/dist/esm/icons/sprout.mjs";
export { default as Square } from "lucide/dist/esm/icons/square.mjs";
export { default as Sun } from "lucide/dist/esm/icons/sun.mjs";
export { default as Sunrise } from "lucide/dist/esm/icons/sunrise.mjs";
export { default as Timer } from "lucide/dist/esm/icons/timer.mjs";
export { default as Trash } from "lucide/dist/esm/icons/trash.mjs";
export { default as TriangleAlert } from "lucide/dist/esm/icons/triangle-alert.mjs";
export { default as Undo2 } from "lucide/dist/esm/icons/undo-2.mjs";
export { default as Upload } from "lucide/dist/esm/icons/upload.mjs";
export { default as X } from "lucide/dist/esm/icons/x.mjs";
