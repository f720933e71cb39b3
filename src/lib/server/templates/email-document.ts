import { CONTENT_LOCALE } from './merge-context';
import { escapeHtml } from './engine';

/**
 * Rendered, already escaped HTML laid out as the text was typed: a blank line starts a
 * paragraph, a line break stays a line break. A chunk that starts with a tag can only be our own
 * block (the invoice table), since every "<" typed or merged was escaped: it stays as it is.
 */
export function htmlParagraphs(html: string): string {
	return html
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((chunk) => chunk.trim())
		.filter(Boolean)
		.map((chunk) => (chunk.startsWith('<') ? chunk : `<p style="margin:0 0 1em;">${chunk.replace(/\n/g, '<br>')}</p>`))
		.join('\n');
}

const row = (html: string, style: string) => (html ? `<tr><td style="${style}">${html}</td></tr>` : '');

/** A minimal email document: one centred 600px column, inline styles only, as mail clients require. */
export function emailDocument(parts: { subject: string; header: string; body: string; footer: string }): string {
	return `<!DOCTYPE html>
<html lang="${CONTENT_LOCALE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;">
${row(parts.header, 'padding:16px 24px;border-bottom:1px solid #e5e7eb;font-weight:bold;')}
${row(parts.body, 'padding:24px;')}
${row(parts.footer, 'padding:16px 24px;border-top:1px solid #e5e7eb;font-size:13px;color:#4b5563;')}
</table>
</td></tr>
</table>
</body>
</html>`;
}
