import './state.svelte.js-BZtVb3pR.js';
import './exports.js-B9Uzt4sy.js';
import './utils2.js-ejsMtG81.js';
import './utils.js-BmkJLse3.js';
import './root.js-Duy9cqKt.js';
import { a3 as getContext } from './index.js-COLKlL0x.js';

function context() {
  return getContext("__request__");
}
const page$1 = {
  get error() {
    return context().page.error;
  },
  get status() {
    return context().page.status;
  },
  get url() {
    return context().page.url;
  }
};
const page = page$1;

export { page as p };
//# sourceMappingURL=index2.js-Dtf9Hh0X.js.map
