/**
 * Elo-style estimates of a student's ability on a topic and of a question's difficulty, on one logit
 * scale: the chance a student of ability θ answers a question of difficulty b right is
 * 1 / (1 + e^-(θ - b)) (the Rasch model's curve). Each answer moves both estimates by the surprise
 * (what was earned minus what was expected), with a step that shrinks as an estimate rests on more
 * answers. After R. Pelánek, "Applications of the Elo rating system in adaptive educational systems",
 * Computers & Education 98 (2016), with his uncertainty function K(n) = a / (1 + b·n).
 */

/** The chance of a right answer (0..1). */
export function expectedScore(ability: number, difficulty: number): number {
  return 1 / (1 + Math.exp(difficulty - ability));
}

/** The step for an estimate resting on `answers` answers so far (Pelánek's a = 0.8, b = 0.05). */
export function eloStep(answers: number): number {
  return 0.8 / (1 + 0.05 * Math.max(0, answers));
}

export interface EloSide {
  /** Ability (student) or difficulty (question); 0 when nothing is known yet. */
  rating: number;
  /** Answers the rating rests on. */
  answers: number;
}

/**
 * Both estimates after one answer worth `score` (0..1, partial credit allowed): the student's ability
 * rises and the question's difficulty falls by how much better the answer was than expected.
 */
export function eloUpdate(
  student: EloSide,
  question: EloSide,
  score: number,
): { ability: number; difficulty: number } {
  const surprise = Math.min(1, Math.max(0, score)) - expectedScore(student.rating, question.rating);
  return {
    ability: student.rating + eloStep(student.answers) * surprise,
    difficulty: question.rating - eloStep(question.answers) * surprise,
  };
}

/** The difficulty at which a student of `ability` succeeds with chance `target` (practice aims near 0.7). */
export function difficultyFor(ability: number, target: number): number {
  return ability - Math.log(target / (1 - target));
}
