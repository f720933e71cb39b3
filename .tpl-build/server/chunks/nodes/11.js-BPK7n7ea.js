export { _ as server } from '../entries/pages/(app)/debiteurs/_id_/contacts/nouveau/_page.server.ts.js-czIdHqJT.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/contacts2.js-BGxyN4R2.js';
import '@zootools/email-spell-checker';
import 'libphonenumber-js/mobile';
import '../chunks/contacts.js-I40xHvQh.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/ids.js-ClD26XtQ.js';
import '../chunks/guard.js-BvfwwNfJ.js';
import '../chunks/queries2.js-lUfnGTk8.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';

const index = 11;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/debiteurs/_id_/contacts/nouveau/_page.svelte.js-BftigQu7.js')).default;
const server_id = "src/routes/(app)/debiteurs/[id]/contacts/nouveau/+page.server.ts";
const imports = ["_app/immutable/nodes/11.BGc2Ld5k.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/CC1luwV6.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/ZQXHeNeA.js","_app/immutable/chunks/DrGsLN7V.js","_app/immutable/chunks/C0LMFW-p.js"];
const stylesheets = ["_app/immutable/assets/Checkbox.BycKOkOf.css","_app/immutable/assets/ContactForm.DT656ren.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=11.js-BPK7n7ea.js.map
