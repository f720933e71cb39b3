const TYPES = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

export const contentTypeOf = (type: keyof typeof TYPES | string): string =>
	TYPES[type as keyof typeof TYPES] ?? 'application/octet-stream';

/** A file to save, its name readable whatever its accents (RFC 6266 with an ASCII fallback). */
export function download(body: Uint8Array, fileName: string, type: keyof typeof TYPES | string): Response {
	return fileResponse(body, fileName, contentTypeOf(type));
}

/** The same, with its content type as it was stored. */
export function fileResponse(body: Uint8Array, fileName: string, contentType: string): Response {
	const ascii = fileName
		.normalize('NFD')
		.replace(/[^\x20-\x7e]/g, '')
		.replace(/["\\]/g, '');
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': contentType,
			'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
			'cache-control': 'no-store'
		}
	});
}
