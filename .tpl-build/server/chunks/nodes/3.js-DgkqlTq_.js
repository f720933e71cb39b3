const index = 3;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(auth)/_layout.svelte.js-BPGGpjl6.js')).default;
const imports = ["_app/immutable/nodes/3.CMYAl60Q.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/CTtRsSAB.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/CnDSDSZV.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/BnnX2zLH.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/B0xJtqmv.js"];
const stylesheets = ["_app/immutable/assets/LanguageSwitch.DOKrolJl.css","_app/immutable/assets/3.QtPNJCqF.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=3.js-DgkqlTq_.js.map
