import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { launchBrowser } from "./chromium.ts";
import { type NuraServer, startNura } from "./nura-server.ts";

type LaunchedBrowser = Awaited<ReturnType<typeof launchBrowser>>;

/** The server and browser of a suite; read them inside hooks and tests, once they exist. */
export interface ServerAndBrowser {
  readonly server: NuraServer;
  readonly browser: LaunchedBrowser;
}

export interface SuiteOptions {
  /** Environment for `nura serve`, computed when the suite starts. */
  readonly env?: () => Record<string, string>;
  /** Extra Chromium flags. */
  readonly args?: readonly string[];
  /** The browser's language (`navigator.languages`), as a visitor's browser would send it. */
  readonly locale?: string;
}

/**
 * Starts a real `nura serve` and a fresh Chromium before the suite's tests and stops both after
 * them; the server must then exit 0 (a graceful stop). Hooks the caller registers afterwards
 * run after these start and before they stop.
 */
export function useServerAndBrowser(options: SuiteOptions = {}): ServerAndBrowser {
  let server: NuraServer | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    server = await startNura(options.env?.());
    browser = await launchBrowser({
      ...(options.args ? { args: options.args } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (server) expect(await server.stop()).toBe(0);
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the suite's ${what} is not started yet`);
    return value;
  };
  return {
    get server() {
      return started(server, "server");
    },
    get browser() {
      return started(browser, "browser");
    },
  };
}

/**
 * Starts a real `nura serve` for the suite, and a fresh Chromium for each test: every test is a
 * new device, with no records, storage or cookies left over from another. The server must exit
 * 0 at the end.
 */
export function useServerAndFreshBrowser(
  options: Pick<SuiteOptions, "args"> = {},
): ServerAndBrowser {
  let server: NuraServer | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    server = await startNura();
  });
  afterAll(async () => {
    if (server) expect(await server.stop()).toBe(0);
  });
  beforeEach(async () => {
    browser = await launchBrowser(options.args ? { args: options.args } : {});
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  return {
    get server() {
      if (!server) throw new Error("the suite's server is not started yet");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("this test's browser is not started yet");
      return browser;
    },
  };
}
