export { _ as server } from '../entries/pages/(app)/debiteurs/nouveau/_page.server.ts.js-DbqiBfTo.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/debtors.js-CoyJEW0s.js';
import '../chunks/error_date.js-CxrjOK98.js';
import '../chunks/refusals.js-B2hLJlNh.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/ids.js-ClD26XtQ.js';
import '../chunks/unique.js-Bono_ivx.js';
import '../chunks/error_not_found.js-CUBvdG1a.js';
import '../chunks/groups.js-CkRfPCas.js';

const index = 15;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/debiteurs/nouveau/_page.svelte.js-DGASprDq.js')).default;
const server_id = "src/routes/(app)/debiteurs/nouveau/+page.server.ts";
const imports = ["_app/immutable/nodes/15.D25XFpcQ.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CeTMb3PN.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/OTE13aaz.js","_app/immutable/chunks/Dz8-eofi.js","_app/immutable/chunks/ZQXHeNeA.js","_app/immutable/chunks/CRE2cNcm.js","_app/immutable/chunks/DanVRy1h.js","_app/immutable/chunks/CeVqCM4H.js","_app/immutable/chunks/CX42XcIS.js"];
const stylesheets = ["_app/immutable/assets/Checkbox.BycKOkOf.css","_app/immutable/assets/DebtorForm.D935Y2GQ.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=15.js-CUWuYCqs.js.map
