/** "12 min", "5 h", "3 days": how long a submission has waited, rounded down, for the queue. */
export function waitingFor(since: Date, at: Date): string {
  const minutes = Math.max(0, Math.floor((at.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
