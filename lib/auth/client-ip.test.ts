import { describe, expect, it } from 'vitest';
import { clientIp } from './options';

describe('the address sign-in failures count against', () => {
  it('is the hop the server or the nearest proxy added, never what the client wrote first', () => {
    expect(clientIp({ 'x-forwarded-for': '203.0.113.9' })).toBe('203.0.113.9');
    // A client that sends its own header cannot choose the address: the proxy appended the real one.
    expect(clientIp({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7' })).toBe('198.51.100.7');
    expect(clientIp({ 'x-real-ip': '1.2.3.4' })).toBe('local');
    expect(clientIp(undefined)).toBe('local');
  });
});
