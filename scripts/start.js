// Runs the built app (adapter-node) with defaults that make a local start work as is.
process.env.PORT ??= '3000';
// adapter-node assumes https when it cannot tell; a local start is plain http, and form
// posts are checked against this origin (CSRF).
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
console.log(`Relance démarre sur ${process.env.ORIGIN}`);
await import('./server.js');
