const index = 6;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/aujourdhui/_page.svelte.js-CM22Oatd.js')).default;
const imports = ["_app/immutable/nodes/6.B0lZIEst.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/B1JWMOPD.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/B0xJtqmv.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=6.js-e68RSxDb.js.map
