import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("uses the documented defaults", () => {
    expect(loadConfig({}, "/srv/nura")).toEqual({
      port: 8080,
      host: "0.0.0.0",
      dataDir: "/srv/nura/data",
      databaseUrl: undefined,
      logLevel: "info",
      secureCookies: false,
      webDir: undefined,
    });
  });

  it("reads every variable from the environment", () => {
    const config = loadConfig(
      {
        PORT: "9000",
        HOST: "127.0.0.1",
        NURA_DATA_DIR: "/var/lib/nura",
        DATABASE_URL: "postgres://u:p@db/nura",
        LOG_LEVEL: "WARN",
        NURA_SECURE_COOKIES: "1",
        NURA_WEB_DIR: "build/web",
      },
      "/srv",
    );
    expect(config).toEqual({
      port: 9000,
      host: "127.0.0.1",
      dataDir: "/var/lib/nura",
      databaseUrl: "postgres://u:p@db/nura",
      logLevel: "warn",
      secureCookies: true,
      webDir: "/srv/build/web",
    });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "-1" }, "PORT"],
    [{ HOST: " " }, "HOST"],
    [{ NURA_DATA_DIR: "" }, "NURA_DATA_DIR"],
    [{ DATABASE_URL: "mysql://x/y" }, "DATABASE_URL"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ NURA_SECURE_COOKIES: "yes" }, "NURA_SECURE_COOKIES"],
  ])("refuses %o naming %s", (env, variable) => {
    let thrown: unknown;
    try {
      loadConfig(env, "/srv");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message.startsWith(`${variable}:`)).toBe(true);
  });
});
