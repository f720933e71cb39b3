const index = 1;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_error.svelte.js-H8rkc9dI.js')).default;
const imports = ["_app/immutable/nodes/1.CEANQRA3.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/B1JWMOPD.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/BnnX2zLH.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/B0xJtqmv.js"];
const stylesheets = ["_app/immutable/assets/1.BNTiz2CM.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=1.js-CHzhUvIE.js.map
