import { type Card, createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { z } from 'zod';

/**
 * Questions answered wrong come back on a spaced schedule: each is an FSRS card (ts-fsrs, the
 * scheduler of Anki and others, maintained by the Open Spaced Repetition group). A wrong answer rates
 * the card Again (it comes back within minutes, then after longer gaps as answers go right); a right
 * answer to a due review rates it Good, which pushes the next one further out. No fuzz: the same
 * answers give the same schedule, in tests too.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** A card as stored in PracticeReview.card (JSON, instants as ISO strings). */
const storedCardSchema = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number().default(0),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  last_review: z.string().nullable().default(null),
});
type StoredCard = z.infer<typeof storedCardSchema>;

function cardOf(stored: unknown, now: Date): Card {
  const parsed = storedCardSchema.safeParse(stored);
  if (!parsed.success) return createEmptyCard(now);
  const { due, last_review, ...rest } = parsed.data;
  return {
    ...rest,
    due: new Date(due),
    ...(last_review ? { last_review: new Date(last_review) } : {}),
  } as Card;
}

function storedOf(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps ?? 0,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The card after an answer: `previous` is the stored card (null for a question never reviewed). */
export function reviewAfter(previous: unknown | null, right: boolean, now: Date) {
  const card = previous === null ? createEmptyCard(now) : cardOf(previous, now);
  const next = scheduler.next(card, now, right ? Rating.Good : Rating.Again).card;
  return { card: storedOf(next), dueAt: next.due };
}
