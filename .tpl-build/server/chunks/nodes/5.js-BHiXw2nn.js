export { _ as server } from '../entries/pages/(app)/a-valider/_page.server.ts.js-8DIf693j.js';
import '../chunks/queries.js-BUFl71V8.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/lifecycle.js-vGcytFYN.js';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/render.js-DuaqjfoX.js';
import 'liquidjs';
import '../chunks/decision-actions.js-C6HOD1Za.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/reminders2.js-DWGYLsjs.js';
import '../chunks/dates.js-AP8tg7EP.js';
import '../chunks/error_date.js-CxrjOK98.js';
import '../chunks/reminder-labels.js-DAKPtdMd.js';
import '../chunks/history.js-B574EGaj.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';
import '../chunks/reminders_by.js-CQufNXe8.js';

const index = 5;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/a-valider/_page.svelte.js-JubtrOPS.js')).default;
const server_id = "src/routes/(app)/a-valider/+page.server.ts";
const imports = ["_app/immutable/nodes/5.DRg0EL6Y.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/HP3fLsUv.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/DJ8VLQ3Z.js","_app/immutable/chunks/DrpgKunB.js"];
const stylesheets = ["_app/immutable/assets/5.D4dSXj2n.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=5.js-BHiXw2nn.js.map
