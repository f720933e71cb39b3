const index = 0;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/_layout.svelte.js-C7SYknHJ.js')).default;
const imports = ["_app/immutable/nodes/0.BWUH-Jdk.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/CTtRsSAB.js","_app/immutable/chunks/DmWwyGVY.js"];
const stylesheets = ["_app/immutable/assets/0.971-kXjW.css"];
const fonts = [];

export { component, fonts, imports, index, stylesheets };
//# sourceMappingURL=0.js-BsTG-Nkq.js.map
