const URLPattern = {};
const baseLocale = "fr";
const locales = (
  /** @type {const} */
  ["fr", "en"]
);
const cookieName = "PARAGLIDE_LOCALE";
const cookieMaxAge = 3456e4;
const strategy = [
  "cookie",
  "baseLocale"
];
const routeStrategies = [];
let serverAsyncLocalStorage = void 0;
function getServerAsyncLocalStorage() {
  return serverAsyncLocalStorage;
}
const isServer = typeof window === "undefined";
function overwriteServerAsyncLocalStorage(value) {
  serverAsyncLocalStorage = value;
}
globalThis.__paraglide = /** @type {any} */
globalThis.__paraglide ?? {};
globalThis.__paraglide.ssr = /** @type {any} */
globalThis.__paraglide.ssr ?? {};
let _locale;
let localeInitiallySet = false;
let getLocale = () => {
  if (serverAsyncLocalStorage) {
    const locale = serverAsyncLocalStorage?.getStore()?.locale;
    if (locale) {
      return locale;
    }
  }
  let strategyToUse = strategy;
  if (!isServer && typeof window !== "undefined" && window.location?.href) {
    strategyToUse = getStrategyForUrl(window.location.href);
  }
  const resolved = resolveLocaleWithStrategies(strategyToUse);
  if (resolved) {
    if (!localeInitiallySet) {
      _locale = resolved;
      localeInitiallySet = true;
      setLocale(resolved, { reload: false });
    }
    return resolved;
  }
  throw new Error("No locale found. Read the docs https://paraglidejs.com/errors#no-locale-found");
};
function getLocaleForUrl(url) {
  const strategyToUse = getStrategyForUrl(url);
  const resolved = resolveLocaleWithStrategies(strategyToUse, typeof url === "string" ? url : url.href);
  if (resolved) {
    return resolved;
  }
  throw new Error("No locale found. Read the docs https://paraglidejs.com/errors#no-locale-found");
}
function resolveLocaleWithStrategies(strategyToUse, urlForUrlStrategy) {
  let locale;
  for (const strat of strategyToUse) {
    if (strat === "cookie") {
      locale = extractLocaleFromCookie();
    } else if (strat === "baseLocale") {
      locale = baseLocale;
    } else if (isCustomStrategy(strat) && customClientStrategies.has(strat)) {
      const handler = customClientStrategies.get(strat);
      if (handler) {
        const result = handler.getLocale();
        if (result instanceof Promise) {
          continue;
        }
        if (result !== void 0) {
          return assertIsLocale(result);
        }
      }
    }
    const matchedLocale = toLocale(locale);
    if (matchedLocale) {
      return matchedLocale;
    }
  }
  return void 0;
}
const navigateOrReload = (newLocation) => {
  {
    window.location.reload();
  }
};
let setLocale = (newLocale, options) => {
  const optionsWithDefaults = {
    reload: true,
    ...options
  };
  let currentLocale;
  try {
    currentLocale = getLocale();
  } catch {
  }
  const customSetLocalePromises = [];
  let strategyToUse = strategy;
  if (!isServer && typeof window !== "undefined" && window.location?.href) {
    strategyToUse = getStrategyForUrl(window.location.href);
  }
  for (const strat of strategyToUse) {
    if (strat === "cookie") {
      if (isServer || typeof document === "undefined" || typeof window === "undefined") {
        continue;
      }
      const cookieString = `${cookieName}=${newLocale}; path=/; max-age=${cookieMaxAge}`;
      document.cookie = cookieString;
      clearLocaleCookieCache();
    } else if (strat === "baseLocale") {
      continue;
    } else if (isCustomStrategy(strat) && customClientStrategies.has(strat)) {
      const handler = customClientStrategies.get(strat);
      if (handler) {
        let result = handler.setLocale(newLocale);
        if (result instanceof Promise) {
          result = result.catch((error) => {
            throw new Error(`Custom strategy "${strat}" setLocale failed.`, {
              cause: error
            });
          });
          customSetLocalePromises.push(result);
        }
      }
    }
  }
  const runReload = () => {
    if (!isServer && optionsWithDefaults.reload && window.location && newLocale !== currentLocale) {
      navigateOrReload();
    }
  };
  if (customSetLocalePromises.length) {
    return Promise.all(customSetLocalePromises).then(() => {
      runReload();
    });
  }
  runReload();
  return;
};
let getUrlOrigin = () => {
  if (serverAsyncLocalStorage) {
    return serverAsyncLocalStorage.getStore()?.origin ?? "http://fallback.com";
  } else if (typeof window !== "undefined") {
    return window.location.origin;
  }
  return "http://fallback.com";
};
function toLocale(value) {
  if (typeof value !== "string") {
    return void 0;
  }
  const lowerValue = value.toLowerCase();
  for (const locale of locales) {
    if (locale.toLowerCase() === lowerValue) {
      return locale;
    }
  }
  return void 0;
}
function assertIsLocale(input) {
  const locale = toLocale(input);
  if (locale)
    return locale;
  throw new Error(`Invalid locale: ${input}. Expected one of: ${locales.join(", ")}`);
}
function normalizeTrailingSlash(url) {
  {
    return url;
  }
}
function execUrlPattern(pattern, url) {
  {
    return pattern.exec(url.href);
  }
}
const extractLocaleFromRequestWithStrategies = (request, strategies, url = request.url) => {
  resolveEffectiveRequestUrl(request, url);
  let locale;
  for (const strat of strategies) {
    if (strat === "cookie") {
      const cookiePrefix = cookieName + "=";
      locale = request.headers.get("cookie")?.split(";").map((c) => c.trim()).find((c) => c.startsWith(cookiePrefix))?.slice(cookiePrefix.length);
    } else if (strat === "globalVariable") {
      locale = _locale;
    } else if (strat === "baseLocale") {
      return baseLocale;
    } else if (strat === "localStorage") {
      continue;
    } else if (isCustomStrategy(strat)) {
      continue;
    }
    const matchedLocale = toLocale(locale);
    if (matchedLocale) {
      return matchedLocale;
    }
  }
  throw new Error("No locale found. There is an error in your strategy. Try adding 'baseLocale' as the very last strategy. Read more here https://paraglidejs.com/errors#no-locale-found");
};
function resolveEffectiveRequestUrl(request, effectiveRequestUrl = request.url) {
  if (effectiveRequestUrl instanceof URL) {
    return new URL(effectiveRequestUrl.href);
  }
  return new URL(effectiveRequestUrl, request.url);
}
const extractLocaleFromRequestAsync = async (request, options = {}) => {
  let locale;
  const effectiveRequestUrl = resolveEffectiveRequestUrlFromRequestAsync(request, options.effectiveRequestUrl);
  const strategy2 = getStrategyForUrl(effectiveRequestUrl);
  for (const strat of strategy2) {
    if (isCustomStrategy(strat) && customServerStrategies.has(strat)) {
      const handler = customServerStrategies.get(strat);
      if (handler) {
        locale = await handler.getLocale(request);
      }
      const matchedLocale = toLocale(locale);
      if (matchedLocale) {
        return matchedLocale;
      }
    }
  }
  return extractLocaleFromRequestWithStrategies(request, strategy2, effectiveRequestUrl);
};
function resolveEffectiveRequestUrlFromRequestAsync(request, effectiveRequestUrl = request.url) {
  if (effectiveRequestUrl instanceof URL) {
    return new URL(effectiveRequestUrl.href);
  }
  return new URL(effectiveRequestUrl, request.url);
}
const cookieNamePattern = cookieName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const localeCookiePattern = new RegExp(`(?:^|;\\s*)${cookieNamePattern}=([^;]*)`);
const noCachedLocale = /* @__PURE__ */ Symbol();
let cachedLocaleFromCookie = noCachedLocale;
function clearLocaleCookieCache() {
  cachedLocaleFromCookie = noCachedLocale;
}
function scheduleLocaleCookieCacheClear() {
  if (typeof queueMicrotask === "function") {
    queueMicrotask(clearLocaleCookieCache);
  } else {
    Promise.resolve().then(clearLocaleCookieCache);
  }
}
function extractLocaleFromCookie() {
  if (typeof document === "undefined") {
    return;
  }
  if (cachedLocaleFromCookie !== noCachedLocale) {
    return cachedLocaleFromCookie;
  }
  const match = document.cookie.match(localeCookiePattern);
  const locale = match?.[1];
  cachedLocaleFromCookie = toLocale(locale);
  scheduleLocaleCookieCacheClear();
  return cachedLocaleFromCookie;
}
let cachedUrl;
let cachedLocale;
function extractLocaleFromUrl(url) {
  const urlString = typeof url === "string" ? url : url.href;
  if (cachedUrl === urlString) {
    return cachedLocale;
  }
  let result;
  {
    const urlObj = typeof url === "string" ? new URL(url, "http://example.com") : new URL(url);
    result = defaultUrlPatternExtractLocale(normalizeTrailingSlash(urlObj));
  }
  cachedUrl = urlString;
  cachedLocale = result;
  return result;
}
function defaultUrlPatternExtractLocale(url) {
  const urlObj = new URL(url, "http://example.com");
  const pathSegments = urlObj.pathname.split("/").filter(Boolean);
  return toLocale(pathSegments[0]) || baseLocale;
}
function localizeUrl(url, options) {
  const targetLocale = options?.locale ? assertIsLocale(options?.locale) : getLocale();
  {
    return localizeUrlDefaultPattern(url, targetLocale);
  }
}
function localizeUrlDefaultPattern(url, locale) {
  const urlObj = normalizeTrailingSlash(typeof url === "string" ? new URL(url, getUrlOrigin()) : new URL(url));
  const currentLocale = extractLocaleFromUrl(urlObj);
  if (currentLocale === locale) {
    return normalizeTrailingSlash(urlObj);
  }
  const pathSegments = urlObj.pathname.replace(/^\/+/, "").split("/");
  if (pathSegments.length > 0 && toLocale(pathSegments[0])) {
    pathSegments.shift();
  }
  if (locale === baseLocale) {
    urlObj.pathname = "/" + pathSegments.join("/");
  } else {
    urlObj.pathname = "/" + locale + "/" + pathSegments.join("/");
  }
  return normalizeTrailingSlash(urlObj);
}
function deLocalizeUrl(url) {
  {
    return deLocalizeUrlDefaultPattern(url);
  }
}
function deLocalizeUrlDefaultPattern(url) {
  const urlObj = normalizeTrailingSlash(typeof url === "string" ? new URL(url, getUrlOrigin()) : new URL(url));
  const pathSegments = urlObj.pathname.replace(/^\/+/, "").split("/");
  if (pathSegments.length > 0 && toLocale(pathSegments[0])) {
    urlObj.pathname = "/" + pathSegments.slice(1).join("/");
  }
  return normalizeTrailingSlash(urlObj);
}
let cachedRouteStrategyUrl;
let cachedRouteStrategy;
function findMatchingRouteStrategy(url) {
  if (routeStrategies.length === 0) {
    return void 0;
  }
  const urlString = typeof url === "string" ? url : url.href;
  if (cachedRouteStrategyUrl === urlString) {
    return cachedRouteStrategy;
  }
  const publicUrl = normalizeTrailingSlash(new URL(urlString, "http://example.com"));
  const canonicalUrl = deLocalizeUrl(publicUrl);
  const candidateUrls = canonicalUrl.href === publicUrl.href ? [publicUrl] : [publicUrl, canonicalUrl];
  let match;
  for (const candidateUrl of candidateUrls) {
    for (const routeStrategy of routeStrategies) {
      const pattern = new URLPattern(routeStrategy.match, candidateUrl.href);
      if (execUrlPattern(pattern, candidateUrl)) {
        match = routeStrategy;
        break;
      }
    }
    if (match)
      break;
  }
  cachedRouteStrategyUrl = urlString;
  cachedRouteStrategy = match;
  return match;
}
function getStrategyForUrl(url) {
  const routeStrategy = findMatchingRouteStrategy(url);
  if (routeStrategy && routeStrategy.exclude !== true && Array.isArray(routeStrategy.strategy)) {
    return routeStrategy.strategy;
  }
  return strategy;
}
function isExcludedByRouteStrategy(url) {
  return findMatchingRouteStrategy(url)?.exclude === true;
}
async function shouldRedirect(input = {}) {
  const currentUrl = resolveUrl(input);
  const locale = await resolveLocale(input, currentUrl);
  const strategy2 = getStrategyForUrl(currentUrl.href);
  if (isExcludedByRouteStrategy(currentUrl.href) || !strategy2.includes("url")) {
    return { shouldRedirect: false, locale, redirectUrl: void 0 };
  }
  const localizedUrl = localizeUrl(currentUrl.href, { locale });
  const shouldRedirectToLocalizedUrl = normalizeUrl(localizedUrl.href) !== normalizeUrl(currentUrl.href);
  return {
    shouldRedirect: shouldRedirectToLocalizedUrl,
    locale,
    redirectUrl: shouldRedirectToLocalizedUrl ? localizedUrl : void 0
  };
}
async function resolveLocale(input, currentUrl) {
  const locale = toLocale(input.locale);
  if (locale) {
    return locale;
  }
  if (input.request) {
    return extractLocaleFromRequestAsync(input.request, {
      effectiveRequestUrl: currentUrl
    });
  }
  if ("url" in input && typeof input.url !== "undefined") {
    return getLocaleForUrl(currentUrl.href);
  }
  return getLocale();
}
function resolveUrl(input) {
  if ("effectiveRequestUrl" in input && input.effectiveRequestUrl instanceof URL) {
    return new URL(input.effectiveRequestUrl.href);
  }
  if ("effectiveRequestUrl" in input && typeof input.effectiveRequestUrl === "string") {
    return new URL(input.effectiveRequestUrl, input.request ? input.request.url : getUrlOrigin());
  }
  if (input.request) {
    return new URL(input.request.url);
  }
  if ("url" in input && input.url instanceof URL) {
    return new URL(input.url.href);
  }
  if ("url" in input && typeof input.url === "string") {
    return new URL(input.url, getUrlOrigin());
  }
  if (typeof window !== "undefined" && window?.location?.href) {
    return new URL(window.location.href);
  }
  throw new Error("shouldRedirect() requires either a request, an absolute URL, or must run in a browser environment.");
}
function normalizeUrl(url) {
  const urlObj = new URL(url);
  {
    urlObj.pathname = urlObj.pathname.replace(/\/$/, "");
  }
  return urlObj.href;
}
const customServerStrategies = /* @__PURE__ */ new Map();
const customClientStrategies = /* @__PURE__ */ new Map();
function isCustomStrategy(strategy2) {
  return typeof strategy2 === "string" && /^custom-[A-Za-z0-9_-]+$/.test(strategy2);
}

export { getServerAsyncLocalStorage as a, baseLocale as b, getStrategyForUrl as c, shouldRedirect as d, deLocalizeUrl as e, cookieName as f, getLocale as g, isExcludedByRouteStrategy as i, overwriteServerAsyncLocalStorage as o, serverAsyncLocalStorage as s };
//# sourceMappingURL=runtime.js-CK3d4wQN.js.map
