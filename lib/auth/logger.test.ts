/** A garbage session cookie is logged as one short line, not a stack trace on every request. */
import { describe, expect, it, vi } from 'vitest';

describe('next-auth logger', () => {
  it('logs JWT_SESSION_ERROR as one short line without a stack', async () => {
    process.env.AUTH_SECRET ??= 'a-test-secret-that-is-long-enough-0123456789';
    const { authOptions } = await import('./options');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logger = authOptions().logger;
    expect(logger?.error).toBeDefined();
    logger!.error!('JWT_SESSION_ERROR', new Error('Invalid Compact JWE'));
    const lines = [...warn.mock.calls, ...error.mock.calls].map((args) => args.map(String).join(' '));
    expect(lines).toEqual(['auth: JWT_SESSION_ERROR: Invalid Compact JWE']);
    warn.mockRestore();
    error.mockRestore();
  });
});
