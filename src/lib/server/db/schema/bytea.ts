import { customType } from 'drizzle-orm/pg-core';

/** A file's bytes: both drivers read a bytea as bytes and write a Uint8Array as one. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea',
	// postgres.js reads a Buffer, PGlite a Uint8Array: one type for the services either way.
	fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
});
