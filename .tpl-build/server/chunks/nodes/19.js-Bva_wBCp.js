export { _ as server } from '../entries/pages/(app)/organisation/_page.server.ts.js-A9j6MFHZ.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
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
import '../chunks/error_not_found.js-CUBvdG1a.js';

const index = 19;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/organisation/_page.svelte.js-Dqky5Q9r.js')).default;
const server_id = "src/routes/(app)/organisation/+page.server.ts";
const imports = ["_app/immutable/nodes/19.CGGXZpFN.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/DXYaIGV5.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/wk_M6hTO.js"];
const stylesheets = ["_app/immutable/assets/19.BgYyVQ6e.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=19.js-Bva_wBCp.js.map
