import { config } from './config';

/**
 * A named point where a crash test kills the process (FAULT_POINT=<name>), right after a commit:
 * the surest way to show that nothing a write promises waits for code that runs after it. A
 * kill -9 from outside could not aim between a commit and the next statement. Without
 * FAULT_POINT, as everywhere but in those tests, it does nothing.
 */
export function faultPoint(name: string): void {
	if (config.faultPoint === name) process.kill(process.pid, 'SIGKILL');
}
