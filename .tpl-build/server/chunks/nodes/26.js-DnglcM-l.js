export { _ as server } from '../entries/pages/(app)/relances/nouvelle/_page.server.ts.js-C-b73nZC.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/reminders2.js-DWGYLsjs.js';
import '../chunks/dates.js-AP8tg7EP.js';
import '../chunks/error_date.js-CxrjOK98.js';
import '../chunks/ids.js-ClD26XtQ.js';
import '../chunks/form-actions.js-oJBo1CF6.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/render.js-DuaqjfoX.js';
import 'liquidjs';
import '../chunks/lifecycle.js-vGcytFYN.js';
import '../chunks/reminder-labels.js-DAKPtdMd.js';
import '../chunks/history.js-B574EGaj.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';
import '../chunks/reminder-form-values.js-DoCcTGl2.js';

const index = 26;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/relances/nouvelle/_page.svelte.js-CNm5clrS.js')).default;
const server_id = "src/routes/(app)/relances/nouvelle/+page.server.ts";
const imports = ["_app/immutable/nodes/26.r3z2AfGV.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/CyZPH-z5.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CHthFho7.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/Dz8-eofi.js","_app/immutable/chunks/DJ8VLQ3Z.js","_app/immutable/chunks/CUBX2_FO.js"];
const stylesheets = ["_app/immutable/assets/RecipientPreviews.CSjlgS-9.css","_app/immutable/assets/reminder-form-values.DBvVpzIR.css","_app/immutable/assets/26.Dhlz_BDm.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=26.js-DnglcM-l.js.map
