/** Who acts, and in which organisation: every write is scoped to it and recorded under his name. */
export interface Actor {
	userId: string;
	organisationId: string;
}
