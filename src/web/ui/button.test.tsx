import { describe, expect, it, vi } from "vitest";
import { Button, ButtonLink, buttonClass } from "./button.tsx";
import { IconButton } from "./icon-button.tsx";
import { Plus, X } from "./icons.ts";
import { renderForTest } from "./render-for-test.test-support.ts";

const click = (onClick: unknown) => {
  const e = { preventDefault: vi.fn() };
  (onClick as (e: unknown) => void)(e);
  return e;
};

describe("Button", () => {
  it("is a type=button in the primary look unless told otherwise", () => {
    const { html } = renderForTest(<Button>Save</Button>);
    expect(html).toBe(
      '<button type="button" class="button button--primary button--medium"><span class="button__label">Save</span></button>',
    );
  });

  it("takes a look, a size, full width, an icon and the caller's class", () => {
    expect(buttonClass({ variant: "destructive", size: "large", fullWidth: true }, "x")).toBe(
      "button button--destructive button--large button--full x",
    );
    const { find } = renderForTest(
      <Button variant="secondary" icon={Plus} type="submit">
        Add
      </Button>,
    );
    expect(find("button").props.type).toBe("submit");
    expect(find("svg").props["aria-hidden"]).toBe("true");
  });

  it("while busy shows a spinner and its busy words, stays focusable and ignores taps", () => {
    const onClick = vi.fn();
    const { html, find } = renderForTest(
      <Button busy busyLabel="Saving…" icon={Plus} onClick={onClick}>
        Save
      </Button>,
    );
    const button = find("button");
    expect(button.props["aria-disabled"]).toBe("true");
    expect(button.props.disabled).toBeUndefined();
    expect(html).toContain('<span class="button__spinner" aria-hidden="true"></span>');
    expect(html).toContain("Saving…");
    expect(html).not.toContain("<svg");
    expect(click(button.props.onClick).preventDefault).toHaveBeenCalled();
    expect(onClick).not.toHaveBeenCalled();
  });

  it("passes a tap on when not busy", () => {
    const onClick = vi.fn();
    click(renderForTest(<Button onClick={onClick}>Save</Button>).find("button").props.onClick);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe("ButtonLink", () => {
  it("is a link with the button's look", () => {
    const { html } = renderForTest(
      <ButtonLink href="/session" size="large">
        Start
      </ButtonLink>,
    );
    expect(html).toBe(
      '<a href="/session" class="button button--primary button--large"><span class="button__label">Start</span></a>',
    );
  });
});

describe("IconButton", () => {
  it("is named by its label, and the icon is hidden from screen readers", () => {
    const { find } = renderForTest(<IconButton icon={X} label="Close" />);
    expect(find("button").props).toMatchObject({
      type: "button",
      "aria-label": "Close",
      title: "Close",
      class: "button button--quiet button--medium button--icon",
    });
    expect(find("svg").props["aria-hidden"]).toBe("true");
  });
});
