/** What lays an email out; anything else is dropped (its text kept) from the copy that is measured. */
const TAGS = new Set([
	'table',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'td',
	'th',
	'caption',
	'colgroup',
	'col',
	'p',
	'br',
	'div',
	'span',
	'strong',
	'b',
	'em',
	'i',
	'u',
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'li',
	'hr',
	'center',
	'font',
	'small',
	'big',
	'sup',
	'sub',
	'blockquote',
	'pre',
	'code'
]);
const ATTRIBUTES = new Set([
	'style',
	'width',
	'height',
	'align',
	'valign',
	'cellpadding',
	'cellspacing',
	'border',
	'colspan',
	'rowspan',
	'size'
]);

function copy(node: Node, into: Node): void {
	for (const child of node.childNodes) {
		if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
		else if (child instanceof Element) {
			const tag = child.localName;
			if (!TAGS.has(tag)) {
				copy(child, into);
				continue;
			}
			const element = document.createElement(tag);
			for (const { name, value } of child.attributes) if (ATTRIBUTES.has(name)) element.setAttribute(name, value);
			copy(child, element);
			into.appendChild(element);
		}
	}
}

/**
 * The room an email document takes when laid out at a width: its height, and its width when
 * something in it (a wide table) does not fit. A frame sandboxed without
 * allow-same-origin cannot be read from the page, so the same document is laid out apart: its
 * layout alone (tags, inline styles, table attributes) copied into a hidden shadow root, parsed
 * inert, nothing loaded, no handler or script carried over.
 */
export function emailLayout(html: string, width: number): { width: number; height: number } {
	const parsed = new DOMParser().parseFromString(html, 'text/html');
	const host = document.createElement('div');
	host.style.cssText = `all:initial;display:block;position:absolute;left:-100000px;top:0;visibility:hidden;width:${width}px`;
	const body = document.createElement('div');
	const style = parsed.body.getAttribute('style');
	body.setAttribute('style', `margin:8px;${style ?? ''}`);
	copy(parsed.body, body);
	host.attachShadow({ mode: 'open' }).appendChild(body);
	document.body.appendChild(host);
	try {
		const { marginTop, marginBottom } = getComputedStyle(body);
		return {
			width: Math.max(width, Math.ceil(body.scrollWidth)),
			height: Math.ceil(body.getBoundingClientRect().height + parseFloat(marginTop) + parseFloat(marginBottom))
		};
	} finally {
		host.remove();
	}
}
