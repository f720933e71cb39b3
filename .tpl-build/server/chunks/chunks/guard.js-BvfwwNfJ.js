import { C as error } from './utils.js-BmkJLse3.js';
import { i as isUuid } from './ids.js-ClD26XtQ.js';
import { f as findDebtor } from './queries2.js-lUfnGTk8.js';
import { e as error_not_found } from './error_not_found.js-CUBvdG1a.js';

async function debtorOr404(db, organisationId, id) {
  const debtor = isUuid(id) ? await findDebtor(db, organisationId, id) : null;
  if (!debtor) error(404, error_not_found());
  return debtor;
}

export { debtorOr404 as d };
//# sourceMappingURL=guard.js-BvfwwNfJ.js.map
