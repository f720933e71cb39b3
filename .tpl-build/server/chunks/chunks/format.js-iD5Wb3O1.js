import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const tag = () => getLocale() === "fr" ? "fr-FR" : "en-GB";
function formatMoney(cents) {
  return new Intl.NumberFormat(tag(), { style: "currency", currency: "EUR" }).format(cents / 100);
}
function formatDate(value, timeZone = "Europe/Paris") {
  const date = typeof value === "string" ? /* @__PURE__ */ new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(tag(), {
    timeZone: typeof value === "string" ? "UTC" : timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric"
  }).format(date);
}

export { formatDate as a, formatMoney as f };
//# sourceMappingURL=format.js-iD5Wb3O1.js.map
