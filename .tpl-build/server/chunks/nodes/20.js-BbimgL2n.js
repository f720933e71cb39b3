const index = 20;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/plus/_page.svelte.js-Bgk1wy8t.js')).default;
const imports = ["_app/immutable/nodes/20.CoLWMAXJ.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/pNtTcynH.js","_app/immutable/chunks/wk_M6hTO.js","_app/immutable/chunks/5xM2kqaS.js","_app/immutable/chunks/CKY8vzc8.js","_app/immutable/chunks/kF_-HlIW.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=20.js-BbimgL2n.js.map
