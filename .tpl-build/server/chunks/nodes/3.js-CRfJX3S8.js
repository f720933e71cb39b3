const index = 3;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(auth)/_layout.svelte.js-BPGGpjl6.js')).default;
const imports = ["_app/immutable/nodes/3.Bl-Rt7nZ.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/CTtRsSAB.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/Bk7X6Btv.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/S-7r0035.js","_app/immutable/chunks/Dmj76zwM.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/B0xJtqmv.js"];
const stylesheets = ["_app/immutable/assets/LanguageSwitch.DOKrolJl.css","_app/immutable/assets/3.QtPNJCqF.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=3.js-CRfJX3S8.js.map
