export { _ as server } from '../entries/pages/(app)/modeles/nouveau/_page.server.ts.js-C2NqyMz4.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/templates.js-DXltUXkq.js';
import '../chunks/reminders2.js-DWGYLsjs.js';
import '../chunks/dates.js-AP8tg7EP.js';
import '../chunks/error_date.js-CxrjOK98.js';
import '../chunks/editor.js-CyJqQYgx.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/render.js-DuaqjfoX.js';
import 'liquidjs';
import '../chunks/queries3.js-DSBB69Wt.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';

const index = 18;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/modeles/nouveau/_page.svelte.js-Cg4ERqVM.js')).default;
const server_id = "src/routes/(app)/modeles/nouveau/+page.server.ts";
const imports = ["_app/immutable/nodes/18.BZqHxYMi.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CwS4wchy.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/BDUrgkiF.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/CHthFho7.js","_app/immutable/chunks/Dz8-eofi.js","_app/immutable/chunks/Eb33AJNl.js","_app/immutable/chunks/CTtRsSAB.js","_app/immutable/chunks/5xM2kqaS.js","_app/immutable/chunks/BJBCFIgp.js"];
const stylesheets = ["_app/immutable/assets/TemplateForm.BiaitPfd.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=18.js-B6oVSwPq.js.map
