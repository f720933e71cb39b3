export { _ as server } from '../entries/pages/(app)/modeles/_page.server.ts.js-DZiwBg-M.js';
import '../chunks/queries3.js-DSBB69Wt.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/permissions.js-B377RYEP.js';

const index = 16;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/modeles/_page.svelte.js-CRCBNVoV.js')).default;
const server_id = "src/routes/(app)/modeles/+page.server.ts";
const imports = ["_app/immutable/nodes/16.QVD0o1ym.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/Eb33AJNl.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/5xM2kqaS.js","_app/immutable/chunks/BJBCFIgp.js"];
const stylesheets = ["_app/immutable/assets/16.CfAf7PUJ.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=16.js-BHQAuJWX.js.map
