/** One day of the run history: its deliveries by outcome and the reminders set aside for review. */
export interface HistoryDay {
	/** The organisation's calendar day. */
	day: string;
	sent: number;
	failed: number;
	toCheck: number;
	/** Reminders set aside « à revoir » by that day's passes. */
	toReview: number;
}
