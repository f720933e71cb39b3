/** The service worker's cache of visited pages (HTML and __data.json): a person's data, cleared at logout. */
export const PAGES_CACHE = 'relance-pages';
