export { _ as server } from '../entries/pages/(auth)/logout/_page.server.ts.js-C3F_o_iA.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/sessions.js-66C3_QJz.js';
import '@oslojs/crypto/sha2';
import '@oslojs/encoding';
import 'drizzle-orm';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';
import '../chunks/cookies.js-BGHUYb7P.js';

const index = 28;
const server_id = "src/routes/(auth)/logout/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=28.js-DqLFWhjQ.js.map
