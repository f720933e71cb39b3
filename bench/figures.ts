/**
 * The figures of docs/performance.md. Each part of `npm run bench` records its headline figures
 * here, each beside its target and, where the same run measured one, the limit it is judged
 * against (the bare loop, the floor): the machine is a shared one whose speed moves from day to
 * day. The table between the document's two markers is then written again from every part's last
 * record (bench/figures/<part>.json), so that the document holds current figures only and a part
 * run alone updates its own lines.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const here = path.dirname(fileURLToPath(import.meta.url));
const RECORDS = path.join(here, 'figures');
const DOCUMENT = path.join(here, '..', 'docs', 'performance.md');
const START = '<!-- figures: written by npm run bench (bench/figures.ts) from bench/figures/*.json -->';
const END = '<!-- end of figures -->';

/** The parts in the document's order. */
const PARTS = ['pglite', 'postgres', 'load', 'lighthouse', 'offline', 'scenarios', 'dashboard', 'operations'] as const;
export type Part = (typeof PARTS)[number];

export interface Figure {
	/** What is measured, in a few words. */
	measure: string;
	figure: string;
	/** The same run's limit, when there is one. */
	limit?: string;
	target?: string;
	/** Whether the target is met; null when the figure has no target. */
	met: boolean | null;
}

interface Record {
	part: Part;
	title: string;
	date: string;
	load: string;
	figures: Figure[];
}

export async function recordFigures(part: Part, title: string, figures: Figure[]): Promise<void> {
	const record: Record = {
		part,
		title,
		date: new Date().toISOString().slice(0, 10),
		load: `${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
		figures
	};
	await mkdir(RECORDS, { recursive: true });
	await writeFile(path.join(RECORDS, `${part}.json`), `${JSON.stringify(record, null, '\t')}\n`);
	await writeDocument();
}

const cell = (text: string | undefined) => (text ?? '').replaceAll('|', '\\|');
const verdict = (f: Figure) => (f.met === null ? '' : f.met ? 'met' : '**not met**');

async function writeDocument(): Promise<void> {
	const files = (await readdir(RECORDS)).filter((f) => f.endsWith('.json'));
	const records = (await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(RECORDS, f), 'utf8')))))
		.filter((r: Record) => PARTS.includes(r.part))
		.sort((a: Record, b: Record) => PARTS.indexOf(a.part) - PARTS.indexOf(b.part)) as Record[];
	const tables = records.flatMap((r) => [
		`### ${r.title}`,
		'',
		`\`npm run bench -- ${r.part}\`, ${r.date}, load average ${r.load}.`,
		'',
		'| measure | figure | same run’s limit | target | |',
		'| --- | --- | --- | --- | --- |',
		...r.figures.map(
			(f) => `| ${cell(f.measure)} | ${cell(f.figure)} | ${cell(f.limit)} | ${cell(f.target)} | ${verdict(f)} |`
		),
		''
	]);
	const text = await readFile(DOCUMENT, 'utf8');
	const start = text.indexOf(START);
	const end = text.indexOf(END);
	if (start < 0 || end < start) throw new Error(`docs/performance.md has lost its markers (${START} … ${END})`);
	const written = `${text.slice(0, start + START.length)}\n\n${tables.join('\n')}\n${text.slice(end)}`;
	// As the project's format check wants it: the tables' columns aligned.
	await writeFile(DOCUMENT, await format(written, { ...(await resolveConfig(DOCUMENT)), filepath: DOCUMENT }));
}
