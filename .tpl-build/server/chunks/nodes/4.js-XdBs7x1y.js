export { _ as server } from '../entries/pages/_page.server.ts.js-CuqZqMrL.js';
import '../chunks/utils.js-BmkJLse3.js';
import '../chunks/utils2.js-ejsMtG81.js';
import '../chunks/home.js-D7HJ4G1J.js';

const index = 4;
const server_id = "src/routes/+page.server.ts";
const imports = [];
const stylesheets = [];
const fonts = [];

export { fonts, imports, index, server_id, stylesheets };
//# sourceMappingURL=4.js-XdBs7x1y.js.map
