export { _ as server } from '../entries/pages/(app)/reglages/utilisateurs/_page.server.ts.js-BZcDGYfb.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/members.js-MzPsjEzw.js';
import '../chunks/roles.js-4KpuCuL8.js';
import '../chunks/memberships.js-TUsGSZYS.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '@oslojs/encoding';
import '../chunks/passwords.js-CIRqH2Uv.js';
import '@node-rs/argon2';
import '../chunks/error_not_found.js-CUBvdG1a.js';

const index = 22;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/reglages/utilisateurs/_page.svelte.js-CQmRmKsF.js')).default;
const server_id = "src/routes/(app)/reglages/utilisateurs/+page.server.ts";
const imports = ["_app/immutable/nodes/22.BcjNxJXF.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/DXYaIGV5.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/CKY8vzc8.js"];
const stylesheets = ["_app/immutable/assets/22.EqFg5SDS.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=22.js-Dnp17wnL.js.map
