import { m } from '$lib/paraglide/messages';

export const OPERATION_KINDS = [
	'send_due',
	'send_all',
	'send_debtors',
	'scenario_run',
	'letters_pdf',
	'export',
	'import'
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** A long operation as the pages and the progress endpoint show it. */
export interface OperationView {
	id: string;
	kind: OperationKind;
	status: 'running' | 'done' | 'failed';
	done: number;
	total: number;
	/** A message code and its values (operationOutcome), never a sentence in one language. */
	outcomeCode: string | null;
	outcomeParams: Record<string, string | number>;
	startedAt: string;
	finishedAt: string | null;
	elapsedSeconds: number;
	/** At the pace so far; null until the first chunk is done. */
	secondsLeft: number | null;
}

export function operationKindLabel(kind: OperationKind): string {
	switch (kind) {
		case 'send_due':
			return m.operations_kind_send_due();
		case 'send_all':
			return m.operations_kind_send_all();
		case 'send_debtors':
			return m.operations_kind_send_debtors();
		case 'scenario_run':
			return m.operations_kind_scenario_run();
		case 'letters_pdf':
			return m.operations_kind_letters_pdf();
		case 'export':
			return m.operations_kind_export();
		case 'import':
			return m.operations_kind_import();
	}
}

const n = (value: string | number | undefined) => Number(value ?? 0);

/** What a finished operation did, or why it stopped, in the reader's language. */
export function operationOutcome(
	op: Pick<OperationView, 'kind' | 'status' | 'outcomeCode' | 'outcomeParams' | 'done' | 'total'>
): string {
	const p = op.outcomeParams;
	// An import sends nothing: its interruptions say what a second try does to the rows instead.
	if (op.kind === 'import' && op.outcomeCode === 'error') return m.operations_import_failed();
	if (op.kind === 'import' && op.outcomeCode === 'lost') return m.operations_import_lost();
	switch (op.outcomeCode) {
		case 'sent': {
			const sent = m.operations_outcome_sent({ reminders: n(p.reminders), deliveries: n(p.deliveries) });
			return n(p.withdrawn) ? `${sent} ${m.operations_outcome_withdrawn({ count: n(p.withdrawn) })}` : sent;
		}
		case 'sent_debtors': {
			const parts = [m.operations_outcome_sent({ reminders: n(p.reminders), deliveries: n(p.deliveries) })];
			if (n(p.pending)) parts.push(m.operations_outcome_pending({ count: n(p.pending) }));
			if (n(p.refused))
				parts.push(m.operations_outcome_refused({ count: n(p.refused), names: String(p.refusedNames ?? '') }));
			return parts.join(' ');
		}
		case 'scenario_run':
			return m.operations_outcome_scenario_run({ created: n(p.created), deleted: n(p.deleted), skipped: n(p.skipped) });
		case 'letters_pdf':
			return m.operations_outcome_letters_pdf({ count: n(p.letters) });
		case 'letters_nothing':
			return m.letters_nothing_to_print();
		case 'export':
			return m.operations_outcome_export({ count: n(p.rows) });
		case 'export_gone':
			return m.operations_failed_export_gone();
		case 'imported':
			return m.operations_outcome_imported({ created: n(p.created), updated: n(p.updated), unchanged: n(p.unchanged) });
		case 'import_refused':
			return m.operations_outcome_import_refused({ count: n(p.errorCount) });
		case 'test_instance':
			return m.operations_failed_test_instance();
		case 'lost':
			return m.operations_failed_lost({ done: op.done, total: op.total });
		case 'error':
			return m.operations_failed_error({ done: op.done, total: op.total });
		default:
			return op.status === 'running' ? m.operations_running() : '';
	}
}

/** The step a running operation is at, where its figures alone do not say it. */
export function operationPhase(op: Pick<OperationView, 'status' | 'outcomeParams'>): string | null {
	if (op.status !== 'running') return null;
	const p = op.outcomeParams;
	switch (p.phase) {
		case 'writing':
			return m.operations_import_writing();
		case 'reevaluating':
			return m.operations_import_reevaluating({ done: n(p.stepDone), total: n(p.stepTotal) });
		default:
			return null;
	}
}

/** "2 min 05 s", "45 s": the time an operation has left. */
export function durationLabel(seconds: number): string {
	if (seconds < 60) return m.operations_seconds({ seconds });
	return m.operations_minutes({ minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, '0') });
}
