export { _ as server } from '../entries/pages/(app)/_layout.server.ts.js-fL_PpN9o.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/navigation.js-DbeohZ6Y.js';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/permissions.js-B377RYEP.js';
import '../chunks/memberships.js-TUsGSZYS.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/login_no_organisation.js-C3K5bHEg.js';

const index = 2;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/_layout.svelte.js-BJQlVDPc.js')).default;
const server_id = "src/routes/(app)/+layout.server.ts";
const imports = ["_app/immutable/nodes/2.C2vgHxou.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/CTtRsSAB.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/BnnX2zLH.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/DXYaIGV5.js"];
const stylesheets = ["_app/immutable/assets/2.DgyOUwF0.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=2.js-CA7YLlwc.js.map
