import { SegmentedMessage } from 'sms-segments-calculator';

export interface SmsInfo {
	encoding: 'GSM-7' | 'UCS-2';
	/** Units counted against the 160 (GSM-7) or 70 (UCS-2) limit: "€" or "[" take two in GSM-7. */
	characters: number;
	segments: number;
}

const BITS_PER_UNIT = { 'GSM-7': 7, 'UCS-2': 16 } as const;

/**
 * What an SMS costs: one character outside the GSM 03.38 alphabet (ê, â, ç, ’…) switches the
 * whole message to UCS-2, which fits 70 characters per SMS instead of 160.
 */
export function smsInfo(text: string): SmsInfo {
	if (text === '') return { encoding: 'GSM-7', characters: 0, segments: 0 };
	const message = new SegmentedMessage(text);
	const encoding = message.encodingName;
	return {
		encoding,
		characters: message.messageSize / BITS_PER_UNIT[encoding],
		segments: message.segmentsCount
	};
}
