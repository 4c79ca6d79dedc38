import { Notice } from "../ui/notice.tsx";

/** Notices about damaged or newer records: visible, never blocking. */
export function NoticeList({ notices }: { readonly notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <Notice tone="warning" role="status">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </Notice>
  );
}
