export { _ as server } from '../entries/pages/(app)/reglages/groupes/_page.server.ts.js-B32ZyUsn.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/debtors.js-CoyJEW0s.js';
import '../chunks/error_date.js-CxrjOK98.js';
import '../chunks/groups.js-CkRfPCas.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/unique.js-Bono_ivx.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';

const index = 21;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/reglages/groupes/_page.svelte.js-Drb_UrHm.js')).default;
const server_id = "src/routes/(app)/reglages/groupes/+page.server.ts";
const imports = ["_app/immutable/nodes/21.CeYcscKo.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/CRE2cNcm.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/kF_-HlIW.js"];
const stylesheets = ["_app/immutable/assets/21.y8RF_zr4.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=21.js-DBrcDiwi.js.map
