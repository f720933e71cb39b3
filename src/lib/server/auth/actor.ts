/** Who acts, and in which organisation: every write is scoped to it and recorded under his name. */
export interface Actor {
	userId: string;
	organisationId: string;
}

/** The signed-in person of a request that passed the permission table, in his active organisation. */
export const actorOf = (locals: App.Locals): Actor => ({
	userId: locals.user!.id,
	organisationId: locals.organisation!.id
});
