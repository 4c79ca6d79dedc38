import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { looksLikeToken } from "./tokens.ts";

/** The cookie that carries the session token. */
export const sessionCookieName = "nura_session";
/**
 * Its name when cookies are always Secure (NURA_SECURE_COOKIES=1): the `__Host-` prefix makes
 * browsers accept it only when Secure, for this exact host and path /, so no sibling subdomain
 * can plant or overwrite it.
 */
export const hostOnlyCookieName = `__Host-${sessionCookieName}`;

/** The session cookie's name under this configuration. */
export function cookieName(secureCookies: boolean): string {
  return secureCookies ? hostOnlyCookieName : sessionCookieName;
}

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
  setCookie(c, cookieName(secureCookies), token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: isSecure(c, secureCookies),
    maxAge: Math.max(0, Math.floor((expiresMs - nowMs) / 1000)),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context, secureCookies: boolean): void {
  deleteCookie(c, cookieName(secureCookies), {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: isSecure(c, secureCookies),
  });
}

/** The session token from the request, when it has the shape of one. */
export function readSessionToken(c: Context, secureCookies: boolean): string | undefined {
  const value = getCookie(c, cookieName(secureCookies));
  return looksLikeToken(value) ? value : undefined;
}
