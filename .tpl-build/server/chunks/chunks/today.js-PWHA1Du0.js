function today(timeZone = "Europe/Paris") {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(/* @__PURE__ */ new Date());
}

export { today as t };
//# sourceMappingURL=today.js-PWHA1Du0.js.map
