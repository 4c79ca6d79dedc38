import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { looksLikeToken } from "./tokens.ts";

/** The cookie that carries the session token. */
export const sessionCookieName = "nura_session";

function isSecure(c: Context, secureCookies: boolean): boolean {
  return secureCookies || new URL(c.req.url).protocol === "https:";
}

/** Sets the session cookie: HttpOnly (no script reads it), SameSite=Lax, whole site. */
export function setSessionCookie(
  c: Context,
  token: string,
  expiresMs: number,
  nowMs: number,
  secureCookies: boolean,
): void {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: isSecure(c, secureCookies),
    maxAge: Math.max(0, Math.floor((expiresMs - nowMs) / 1000)),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context, secureCookies: boolean): void {
  deleteCookie(c, sessionCookieName, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: isSecure(c, secureCookies),
  });
}

/** The session token from the request, when it has the shape of one. */
export function readSessionToken(c: Context): string | undefined {
  const value = getCookie(c, sessionCookieName);
  return looksLikeToken(value) ? value : undefined;
}
