import { S as SESSION_COOKIE } from './sessions.js-66C3_QJz.js';

const LOCAL_HOSTS = /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]"]);
function setSessionCookie(cookies, url, token, expiresAt) {
  cookies.set(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: !LOCAL_HOSTS.has(url.hostname),
    expires: expiresAt
  });
}
function deleteSessionCookie(cookies, url) {
  cookies.delete(SESSION_COOKIE, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: !LOCAL_HOSTS.has(url.hostname)
  });
}

export { deleteSessionCookie as d, setSessionCookie as s };
//# sourceMappingURL=cookies.js-BGHUYb7P.js.map
