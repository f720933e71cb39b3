import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) at OWASP's baseline: 19 MiB, 2 passes, 1 lane. */
const PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email cannot be told apart by timing. */
export async function verifyAgainstNothing(password: string): Promise<false> {
	dummyHash ??= hashPassword('relance-timing-equaliser');
	await verifyPassword(await dummyHash, password);
	return false;
}
