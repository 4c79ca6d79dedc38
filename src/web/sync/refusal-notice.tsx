import { Notice } from "../ui/notice.tsx";

/**
 * What the server refused, in the app's words, announced at once; nothing without a text. (A
 * failure that a retry may mend is a ProblemNotice instead.)
 */
export function RefusalNotice(props: { readonly text: string | null | undefined }) {
  if (!props.text) return null;
  return (
    <Notice tone="danger" role="alert">
      <p>{props.text}</p>
    </Notice>
  );
}
