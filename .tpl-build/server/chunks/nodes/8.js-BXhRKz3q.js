export { _ as server } from '../entries/pages/(app)/debiteurs/_page.server.ts.js-CqfvlTs2.js';
import '../chunks/queries2.js-lUfnGTk8.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/permissions.js-B377RYEP.js';

const index = 8;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/debiteurs/_page.svelte.js-PZOzBWj-.js')).default;
const server_id = "src/routes/(app)/debiteurs/+page.server.ts";
const imports = ["_app/immutable/nodes/8.BoHumg2g.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/HP3fLsUv.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/CeVqCM4H.js","_app/immutable/chunks/CX42XcIS.js","_app/immutable/chunks/DCHrz1Nx.js"];
const stylesheets = ["_app/immutable/assets/8.DCjZGffz.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=8.js-BXhRKz3q.js.map
