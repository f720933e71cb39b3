export { _ as server } from '../entries/pages/(app)/debiteurs/_id_/_page.server.ts.js-ChFL8ZFM.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/queries2.js-lUfnGTk8.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/history.js-B574EGaj.js';
import '../chunks/contacts.js-I40xHvQh.js';
import '../chunks/ids.js-ClD26XtQ.js';
import '../chunks/contacts2.js-BGxyN4R2.js';
import '@zootools/email-spell-checker';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import 'libphonenumber-js/mobile';
import '../chunks/permissions.js-B377RYEP.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';
import '../chunks/saved.js-DUllEWTF.js';

const index = 9;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/debiteurs/_id_/_page.svelte.js-dOyrF4ZQ.js')).default;
const server_id = "src/routes/(app)/debiteurs/[id]/+page.server.ts";
const imports = ["_app/immutable/nodes/9.B1HgGndB.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/HP3fLsUv.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/DrGsLN7V.js","_app/immutable/chunks/CeVqCM4H.js","_app/immutable/chunks/BhFLRxZG.js","_app/immutable/chunks/DanVRy1h.js","_app/immutable/chunks/DCAfwbr1.js","_app/immutable/chunks/C0LMFW-p.js","_app/immutable/chunks/BKCONUoS.js"];
const stylesheets = ["_app/immutable/assets/9.YT5AgDge.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=9.js-cETuZEvV.js.map
