/**
 * Draws a PDF's first page into a canvas, at the canvas's displayed width and the screen's
 * pixel density, and answers the page count. pdf.js (some 1.4 MB with its worker) is loaded
 * only here, when a letter is first opened; its worker is a file of the app, as the
 * Content-Security-Policy's worker-src asks, and eval stays off, as its script-src asks.
 */
export async function drawFirstPage(data: Uint8Array, canvas: HTMLCanvasElement): Promise<number> {
	const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
	pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
	const document = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
	try {
		const page = await document.getPage(1);
		const cssWidth = canvas.clientWidth || canvas.parentElement?.clientWidth || 360;
		const scale = (cssWidth / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
		const viewport = page.getViewport({ scale });
		canvas.width = Math.floor(viewport.width);
		canvas.height = Math.floor(viewport.height);
		await page.render({ canvas, viewport }).promise;
		return document.numPages;
	} finally {
		await document.destroy();
	}
}
