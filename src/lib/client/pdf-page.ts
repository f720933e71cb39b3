import pdfUrl from 'pdfjs-dist/build/pdf.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Draws a PDF's first page into a canvas, at the canvas's displayed width and the screen's
 * pixel density, and answers the page count. pdf.js and its worker (1.6 MB) are files of the
 * app loaded by URL, only when a letter is first opened: the service worker leaves them out of
 * the shell every phone downloads, and the Content-Security-Policy's script-src and worker-src
 * ('self') allow them. Eval stays off, as script-src asks.
 */
export async function drawFirstPage(data: Uint8Array, canvas: HTMLCanvasElement): Promise<number> {
	const pdfjs: typeof import('pdfjs-dist') = await import(/* @vite-ignore */ pdfUrl);
	pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
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
