import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { ConfigError } from "./config-error.ts";

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
      maxRecords: 20_000,
      maxAccountBytes: 25_000_000,
      trustProxy: 0,
      sessionMaxDays: 90,
      smtpUrl: undefined,
      mailFrom: "Nura <nura@localhost>",
      publicUrl: undefined,
      maxConnections: 1000,
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
        NURA_MAX_RECORDS: "500",
        NURA_MAX_ACCOUNT_BYTES: "1048576",
        NURA_TRUST_PROXY: "1",
        NURA_SESSION_MAX_DAYS: "30",
        NURA_SMTP_URL: "smtps://mailer:secret@mail.example.org:465",
        NURA_PUBLIC_URL: "https://nura.example.org",
        NURA_MAX_CONNECTIONS: "200",
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
      maxRecords: 500,
      maxAccountBytes: 1_048_576,
      trustProxy: 1,
      sessionMaxDays: 30,
      smtpUrl: "smtps://mailer:secret@mail.example.org:465",
      mailFrom: "Nura <nura@nura.example.org>",
      publicUrl: "https://nura.example.org",
      maxConnections: 200,
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
    [{ NURA_MAX_RECORDS: "0" }, "NURA_MAX_RECORDS"],
    [{ NURA_MAX_ACCOUNT_BYTES: "lots" }, "NURA_MAX_ACCOUNT_BYTES"],
    [{ NURA_TRUST_PROXY: "-1" }, "NURA_TRUST_PROXY"],
    [{ NURA_SESSION_MAX_DAYS: "0" }, "NURA_SESSION_MAX_DAYS"],
    [{ NURA_SMTP_URL: "http://mail", NURA_PUBLIC_URL: "https://n.example" }, "NURA_SMTP_URL"],
    [{ NURA_SMTP_URL: "smtp://mail.example" }, "NURA_SMTP_URL"],
    [{ NURA_MAIL_FROM: "nobody" }, "NURA_MAIL_FROM"],
    [{ NURA_PUBLIC_URL: "https://nura.example/app" }, "NURA_PUBLIC_URL"],
    [{ NURA_PUBLIC_URL: "ftp://nura.example" }, "NURA_PUBLIC_URL"],
    [{ NURA_MAX_CONNECTIONS: "many" }, "NURA_MAX_CONNECTIONS"],
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
