export { _ as server } from '../entries/pages/langue/_page.server.ts.js-CW1N-S3y.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import 'drizzle-orm';
import '../chunks/forms.js-Dc3ZRNEr.js';
import '../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../chunks/runtime.js-CK3d4wQN.js';
import '../chunks/members.js-MzPsjEzw.js';
import '../chunks/roles.js-4KpuCuL8.js';
import '../chunks/home.js-D7HJ4G1J.js';
import '../chunks/reminders.js-1QsuNvTf.js';
import 'drizzle-orm/pg-core';

const index = 29;
const server_id = "src/routes/langue/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=29.js-CrVfp892.js.map
