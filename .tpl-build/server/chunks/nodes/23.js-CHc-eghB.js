export { _ as server } from '../entries/pages/(app)/relances/_page.server.ts.js-BZrAPQ7M.js';
import '../chunks/queries.js-BUFl71V8.js';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/dates.js-AP8tg7EP.js';
import '../chunks/reminder-labels.js-DAKPtdMd.js';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/ids.js-ClD26XtQ.js';

const index = 23;
let component_cache;
const component = async () => component_cache ??= (await import('../entries/pages/(app)/relances/_page.svelte.js-Bq3X6u5n.js')).default;
const server_id = "src/routes/(app)/relances/+page.server.ts";
const imports = ["_app/immutable/nodes/23.BLILlWDz.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/8q8ZFuI8.js","_app/immutable/chunks/DaSEUZkM.js","_app/immutable/chunks/CLYNaRcu.js","_app/immutable/chunks/BnnX2zLH.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/HP3fLsUv.js","_app/immutable/chunks/B0xJtqmv.js","_app/immutable/chunks/DJ8VLQ3Z.js","_app/immutable/chunks/DCHrz1Nx.js"];
const stylesheets = ["_app/immutable/assets/23.BO0FHKMR.css"];
const fonts = [];

export { component, fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=23.js-CHc-eghB.js.map
