/** Notices about damaged or newer records: visible, never blocking. */
export function NoticeList({ notices }: { readonly notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div class="notice" role="status">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
