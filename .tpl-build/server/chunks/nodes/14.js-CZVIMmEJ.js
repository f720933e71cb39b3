export { _ as server } from '../entries/pages/(app)/debiteurs/_id_/paiements/nouveau/_page.server.ts.js-CaMASRYg.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/debtors.js-CoyJEW0s.js';
import '../chunks/error_date.js-CxrjOK98.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/ids.js-ClD26XtQ.js';
import '../chunks/queries2.js-lUfnGTk8.js';
import '../chunks/today.js-PWHA1Du0.js';
import '../chunks/format.js-iD5Wb3O1.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';

const index = 14;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/debiteurs/_id_/paiements/nouveau/_page.svelte.js-tVBwZqMa.js')).default;
const server_id = "src/routes/(app)/debiteurs/[id]/paiements/nouveau/+page.server.ts";
const imports = ["_app/immutable/nodes/14.C4yc_LOX.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/HP3fLsUv.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/OTE13aaz.js","_app/immutable/chunks/Dz8-eofi.js","_app/immutable/chunks/BhFLRxZG.js"];
const stylesheets = ["_app/immutable/assets/14.DbwhDDKP.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=14.js-CZVIMmEJ.js.map
