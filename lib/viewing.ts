/**
 * The viewing context line under a review: "Seen on May 28, 2025 at the Grand Rex". Writers type the
 * venue's name ("Grand Rex"); the article is added here unless the name brings its own ("Le Champo",
 * "the Lux", "home").
 */
import { formatCalendarDate } from './dates';

const OWN_ARTICLE = /^(the|a|an|le|la|les|l['’]|home|my|our)\b/i;

export function venuePhrase(venue: string): string {
  const v = venue.trim();
  return OWN_ARTICLE.test(v) || /^l['’]/i.test(v) ? v : `the ${v}`;
}

export function seenOnSentence(seenOn: string | null, venue: string | null): string | null {
  const v = venue?.trim();
  if (!seenOn && !v) return null;
  if (seenOn && v) return `Seen on ${formatCalendarDate(seenOn)} at ${venuePhrase(v)}`;
  if (seenOn) return `Seen on ${formatCalendarDate(seenOn)}`;
  return `Seen at ${venuePhrase(v!)}`;
}
