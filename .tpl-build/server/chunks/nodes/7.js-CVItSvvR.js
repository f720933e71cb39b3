export { _ as server } from '../entries/pages/(app)/compte/_page.server.ts.js-Dbua-aCK.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/auth.js-DCKdo3ao.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/passwords.js-CIRqH2Uv.js';
import '@node-rs/argon2';
import '../chunks/sessions.js-66C3_QJz.js';
import '@oslojs/crypto/sha2';
import '@oslojs/encoding';

const index = 7;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/compte/_page.svelte.js-BNxBmy1D.js')).default;
const server_id = "src/routes/(app)/compte/+page.server.ts";
const imports = ["_app/immutable/nodes/7.qdr9ck9q.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/CnDSDSZV.js","_app/immutable/chunks/BnnX2zLH.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/37NDhhGZ.js","_app/immutable/chunks/pNtTcynH.js"];
const stylesheets = ["_app/immutable/assets/LanguageSwitch.DOKrolJl.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=7.js-CVItSvvR.js.map
