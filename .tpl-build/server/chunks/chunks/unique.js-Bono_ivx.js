function violates(error, index) {
  for (let e = error; e && typeof e === "object"; e = e.cause) {
    const pg = e;
    if (pg.code === "23505") return (pg.constraint ?? pg.constraint_name) === index;
  }
  return false;
}

export { violates as v };
//# sourceMappingURL=unique.js-Bono_ivx.js.map
