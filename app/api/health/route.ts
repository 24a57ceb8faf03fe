import { isDatabaseHealthy } from '@/lib/dal/health';

export const dynamic = 'force-dynamic';

/** For monitors: 200 when SQLite answers, 503 otherwise. */
export async function GET() {
  const ok = await isDatabaseHealthy();
  return Response.json(ok ? { status: 'ok' } : { status: 'unavailable' }, {
    status: ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
