// postgres.js 3.4.9 writes small messages on a later tick (setImmediate). When the server goes
// away in between (a restart, a failover), that write meets a closed socket and throws where no
// one can catch it, ending the process; and the timer it leaves behind keeps the connection from
// ever writing again. Upstream: porsager/postgres#1154, #1208 (fix proposed in #1168, #1209, not
// released). Run after every install (package.json's postinstall); drop it once a release has it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const MARK = '/* relance: guarded */';
const FILES = ['node_modules/postgres/src/connection.js', 'node_modules/postgres/cjs/src/connection.js'];

const WRITE = '  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)\n';
const GUARDED_WRITE = `  function nextWrite(fn) { ${MARK}
    if (!socket) {
      chunk = nextWriteTimer = null
      error(Errors.connection('CONNECTION_CLOSED', options))
      return false
    }
    const x = socket.write(chunk, fn)
`;
const CLEAR = '    clearImmediate(nextWriteTimer)\n';
const CLEARED = '    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n';

for (const file of FILES) {
	if (!existsSync(file)) continue;
	const text = readFileSync(file, 'utf8');
	if (text.includes(MARK)) continue;
	if (!text.includes(WRITE) || text.split(CLEAR).length !== 3)
		throw new Error(
			`${file} is not the postgres.js this patch was written for: check whether the release fixed it, then update or remove scripts/patch-postgres.js`
		);
	writeFileSync(file, text.replace(WRITE, GUARDED_WRITE).replaceAll(CLEAR, CLEARED));
}
