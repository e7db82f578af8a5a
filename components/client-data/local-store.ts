import type { AttemptInput, LessonProgressUpdate, SavedAttempt } from "@/lib/progress/validations";
import type { ReviewEvent } from "@/lib/review/validations";

/**
 * What this browser keeps in localStorage:
 * - an anonymous visitor's answers, progress and review events, until they sign up and keep them;
 * - a signed-in user's outbox: saves the server has not yet confirmed.
 * Every change is a read-modify-write of the stored value, so two tabs add to
 * the same outbox instead of overwriting each other's entries.
 */
export type LocalLesson = {
  attempts: SavedAttempt[];
  sectionsReached: string[];
  lastSection: string | null;
  completedAt: string | null;
};
/** `reviews`: "that was a guess" marks and ratings, oldest first (the visitor's review queue folds them). */
export type AnonymousStore = { lessons: Record<string, LocalLesson>; reviews: ReviewEvent[] };
export type Outbox = {
  attempts: AttemptInput[];
  progress: Record<string, LessonProgressUpdate>;
  reviews: ReviewEvent[];
};

const ANONYMOUS_KEY = "tradeoff:anonymous:v1";
const outboxKey = (userId: string) => `tradeoff:outbox:v1:${userId}`;

function read<T>(key: string, empty: T): T {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? { ...empty, ...(JSON.parse(raw) as T) } : empty;
  } catch {
    return empty;
  }
}

function write(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the in-memory state still works for this visit.
  }
}

export const emptyLesson = (): LocalLesson => ({
  attempts: [],
  sectionsReached: [],
  lastSection: null,
  completedAt: null,
});

/** Whether a visitor's answers or reading progress are waiting in this browser. */
export function hasAnonymous(): boolean {
  const store = readAnonymous();
  return (
    store.reviews.length > 0 ||
    Object.values(store.lessons).some((lesson) => lesson.attempts.length > 0 || lesson.sectionsReached.length > 0)
  );
}

export function readAnonymous(): AnonymousStore {
  return read<AnonymousStore>(ANONYMOUS_KEY, { lessons: {}, reviews: [] });
}

export function updateAnonymous(slug: string, change: (lesson: LocalLesson) => LocalLesson): LocalLesson {
  const store = readAnonymous();
  const next = change(store.lessons[slug] ?? emptyLesson());
  write(ANONYMOUS_KEY, { ...store, lessons: { ...store.lessons, [slug]: next } });
  return next;
}

export function addAnonymousReview(event: ReviewEvent) {
  const store = readAnonymous();
  write(ANONYMOUS_KEY, { ...store, reviews: [...store.reviews, event] });
}

/**
 * Removes the answers, sections and review events that were kept in an
 * account (or discarded), leaving anything recorded since in this browser.
 */
export function forgetAnonymous(kept: AnonymousStore) {
  const store = readAnonymous();
  const lessons: Record<string, LocalLesson> = {};
  for (const [slug, lesson] of Object.entries(store.lessons)) {
    const gone = kept.lessons[slug];
    const ids = new Set(gone?.attempts.map((attempt) => attempt.id));
    const sections = new Set(gone?.sectionsReached);
    const left = {
      ...lesson,
      attempts: lesson.attempts.filter((attempt) => !ids.has(attempt.id)),
      sectionsReached: lesson.sectionsReached.filter((section) => !sections.has(section)),
    };
    if (left.attempts.length > 0 || left.sectionsReached.length > 0) lessons[slug] = left;
  }
  const keptReviews = new Set(kept.reviews.map((event) => event.id));
  const reviews = store.reviews.filter((event) => !keptReviews.has(event.id));
  if (Object.keys(lessons).length || reviews.length) write(ANONYMOUS_KEY, { lessons, reviews });
  else {
    try {
      window.localStorage.removeItem(ANONYMOUS_KEY);
    } catch {
      // nothing stored
    }
  }
}

export function readOutbox(userId: string): Outbox {
  return read<Outbox>(outboxKey(userId), { attempts: [], progress: {}, reviews: [] });
}

export function updateOutbox(userId: string, change: (outbox: Outbox) => Outbox): Outbox {
  const next = change(readOutbox(userId));
  write(outboxKey(userId), next);
  return next;
}

/** Adds reached sections (a union) and keeps the latest "last section" and completion. */
export function mergeProgress(
  into: LessonProgressUpdate | undefined,
  update: LessonProgressUpdate,
): LessonProgressUpdate {
  return {
    sectionsReached: [...new Set([...(into?.sectionsReached ?? []), ...update.sectionsReached])],
    lastSection: update.lastSection ?? into?.lastSection ?? null,
    completed: Boolean(into?.completed || update.completed),
  };
}
