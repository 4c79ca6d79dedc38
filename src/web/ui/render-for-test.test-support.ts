import { options, type VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/** An element rendered during {@link renderForTest}, with the props (handlers too) it was given. */
export type RenderedElement = VNode<Record<string, unknown>> & { type: string };

/**
 * Renders to HTML without a DOM and keeps every element's props, so a test can read the markup
 * and also call the handlers a click or a key press would (Node has no DOM to dispatch them).
 */
export function renderForTest(node: VNode): {
  html: string;
  elements: RenderedElement[];
  find: (type: string, match?: (props: Record<string, unknown>) => boolean) => RenderedElement;
} {
  const elements: RenderedElement[] = [];
  const previous = options.vnode;
  options.vnode = (v) => {
    if (typeof v.type === "string") elements.push(v as RenderedElement);
    previous?.(v);
  };
  let html: string;
  try {
    html = renderToString(node);
  } finally {
    options.vnode = previous;
  }
  const find = (type: string, match: (props: Record<string, unknown>) => boolean = () => true) => {
    const found = elements.find((e) => e.type === type && match(e.props));
    if (!found) throw new Error(`no <${type}> matched in ${html}`);
    return found;
  };
  return { html, elements, find };
}
