/**
 * The leave-the-page save (app/api/reviews/[id]/draft/route.ts) reads nothing for an anonymous
 * caller and stops reading at its limit whatever Content-Length says, chunked bodies included.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { actAs } from '@/lib/test/as-viewer';
import { useTempDatabase } from '@/lib/test/temp-db';

const { db } = useTempDatabase();
let POST: typeof import('@/app/api/reviews/[id]/draft/route').POST;

beforeAll(async () => {
  await seedDemo(db, []);
  ({ POST } = await import('@/app/api/reviews/[id]/draft/route'));
});

/** A chunked body (no Content-Length) of `chunks` × 64 KiB that counts how much was pulled. */
function streamingRequest(chunks: number) {
  const pulled = { chunks: 0 };
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.chunks === chunks) return controller.close();
        pulled.chunks++;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request('http://localhost/api/reviews/1/draft', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit);
  return { request, pulled };
}
const params = { params: Promise.resolve({ id: '1' }) };

describe('leave-the-page save', { timeout: 30_000 }, () => {
  it('answers an anonymous caller before reading its body', async () => {
    actAs(null);
    const { request, pulled } = streamingRequest(6400); // 400 MiB if read
    const response = await POST(request, params);
    expect(response.status).toBe(401);
    expect(pulled.chunks).toBe(0);
  });

  it('stops a chunked body at the limit with 413, signed in', async () => {
    actAs(db.select({ id: users.id }).from(users).where(eq(users.email, 'mulder@bobine.test')).get()!.id);
    const { request, pulled } = streamingRequest(6400);
    const response = await POST(request, params);
    expect(response.status).toBe(413);
    // 2 MiB is 32 chunks; a few more may be in flight, never the whole body.
    expect(pulled.chunks).toBeLessThan(40);
  });
});
