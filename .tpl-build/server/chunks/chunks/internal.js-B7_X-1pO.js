
//# sourceMappingURL=internal.js-B7_X-1pO.js.map
