/**
 * The fixed choices of a contact and of a reminder's channels, apart from the zod schemas: server
 * code that only needs the lists does not load zod's global configuration with them (in the test
 * process, that configuration would replace the built app's, whose messages follow the request).
 */
export const CIVILITIES = ['', 'M.', 'Mme'] as const;
export const CONTACT_ROLES = ['relance', 'facturation', 'garant', 'autre'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CHANNELS = ['email', 'sms', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];
