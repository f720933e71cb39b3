/** The address parameter that names the organisation a link belongs to (see hooks/organisation.ts). */
export const ORGANISATION_PARAM = 'agence';

/** A path of the app that opens in the given organisation, whichever one the person was in. */
export function inOrganisation(path: string, organisationId: string): string {
	const [base, query = ''] = path.split('?');
	const params = new URLSearchParams(query);
	params.set(ORGANISATION_PARAM, organisationId);
	return `${base}?${params}`;
}
