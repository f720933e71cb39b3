/** What /api/sync sends and the phone keeps in IndexedDB: shared by the server and the browser. */

export interface CachedPreview {
	/** The recipient the text was rendered for, and the channel it shows. */
	name: string;
	channel: string;
	text: string;
}

export interface CachedRecipient {
	contactId: string;
	name: string;
	channels: string[];
}

export interface CachedReminder {
	id: string;
	version: number;
	status: string;
	sendDate: string;
	immediate: boolean;
	shortDescription: string;
	debtorId: string;
	debtorName: string;
	createdByName: string | null;
	/**
	 * The organisation forbids approving one's own work, and this person created or last edited it.
	 * 1 or 0, not a boolean: IndexedDB indexes numbers, and the approvals list counts through it.
	 */
	selfMade: 0 | 1;
	/** The reminder's group ('' for none), a filter of the approvals list. */
	groupId: string;
	groupName: string | null;
	/** 'manual' for a reminder written by hand, else the scenario step's position ('1', '2'…). */
	step: string;
	/** The scenario step's tag, shown beside the step ('' for none). */
	stepTag: string;
	/** Every channel of its recipients, once each: indexed, so a channel filter reads keys only. */
	channels: string[];
	statusReason: string;
	/** Excluded by hand from the day's sending (the lists before a run): no pass takes it. */
	held: boolean;
	sentAt: string | null;
	/** Who it goes to and how: Aujourd'hui counts by channel, the reminder's page lists them. */
	recipients: CachedRecipient[];
	/** The first recipient's text on his first channel, as he will read it. */
	preview: CachedPreview | null;
	/** A render that failed: the approver should open the reminder instead. */
	previewError: string | null;
}

export interface CachedContact {
	id: string;
	name: string;
	role: string;
	email: string | null;
	mobilePhone: string | null;
}

export interface CachedDebtor {
	id: string;
	accountNumber: string;
	name: string;
	leaseReference: string;
	balanceCents: number;
	contacts: CachedContact[];
}

export interface SyncResponse {
	/** Who and where this data is for: the phone drops its cache when it changes. */
	scope: string;
	/** Opaque to the phone: sent back as `since` next time. */
	cursor: string;
	/** Everything in scope was sent: the phone replaces its cache instead of merging. */
	full: boolean;
	timezone: string;
	reminders: CachedReminder[];
	removedReminders: string[];
	debtors: CachedDebtor[];
	removedDebtors: string[];
}

/** A decision from the phone's outbox, replayed to /api/decisions. */
export interface DecisionRequest {
	key: string;
	action: 'approve' | 'reject';
	id: string;
	version: number;
	reason?: string;
}

export type DecisionReply = { ok: true } | { ok: false; status: number; message: string };

/** The reminders a phone keeps: what its lists show, nothing older. */
export const SENT_DAYS_KEPT = 30;
