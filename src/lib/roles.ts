export const ROLES = ['admin', 'manager', 'approver', 'agent'] as const;
export type Role = (typeof ROLES)[number];
