export * from './users';
export * from './organisations';
export * from './sessions';
export * from './debtors';
export * from './invoices';
export * from './templates';
export * from './reminders';
export * from './delivery';
