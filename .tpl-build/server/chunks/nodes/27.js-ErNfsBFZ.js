export { _ as server } from '../entries/pages/(auth)/login/_page.server.ts.js-B_CpTsOF.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/forms.js-Dc3ZRNEr.js';
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
import '../chunks/cookies.js-BGHUYb7P.js';
import '../chunks/memberships.js-TUsGSZYS.js';
import '../chunks/home.js-D7HJ4G1J.js';
import '../chunks/login_no_organisation.js-C3K5bHEg.js';

const index = 27;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(auth)/login/_page.svelte.js-DHLjcjZX.js')).default;
const server_id = "src/routes/(auth)/login/+page.server.ts";
const imports = ["_app/immutable/nodes/27.D-L75a4z.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/DkPdJMPf.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/QTaQNTCh.js","_app/immutable/chunks/A2F4lzTo.js","_app/immutable/chunks/tuk4rSw0.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/37NDhhGZ.js"];
const stylesheets = [];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=27.js-ErNfsBFZ.js.map
