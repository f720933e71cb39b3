function todayIn(timeZone, now = /* @__PURE__ */ new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isCalendarDate(value) {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, mo, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2e3 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export { isCalendarDate as i, todayIn as t };
//# sourceMappingURL=dates.js-AP8tg7EP.js.map
