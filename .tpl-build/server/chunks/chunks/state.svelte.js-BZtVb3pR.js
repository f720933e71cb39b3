import { W as noop } from './index.js-COLKlL0x.js';
import './exports.js-B9Uzt4sy.js';
import './utils.js-BmkJLse3.js';
import './root.js-Duy9cqKt.js';

const is_legacy = noop.toString().includes("$$") || /function \w+\(\) \{\}/.test(noop.toString());
const placeholder_url = "a:";
if (is_legacy) {
  ({
    url: new URL(placeholder_url)
  });
} else {
  new class Page {
    data = {};
    form = null;
    error = null;
    params = {};
    route = { id: null };
    state = {};
    status = -1;
    url = new URL(placeholder_url);
  }();
}
//# sourceMappingURL=state.svelte.js-BZtVb3pR.js.map
