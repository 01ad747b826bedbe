import type { PaperQuestion } from '@hoclieu/contracts';
import { memo, useId } from 'react';
import type { AnswerMap, StudentAnswer } from './answer-queue';
import { type AnswerInputProps, itemsOf, normalizeAnswer } from './paper-items';
import { texts } from './texts';

/**
 * Question HTML from the attempt: sanitised and typeset (KaTeX) by the server, shown as is, with
 * no math library on the phone. Memoised: long papers re-render on every keystroke.
 */
export const ServerHtml = memo(function ServerHtml({
  html,
  className,
  inline = false,
}: {
  html: string;
  className?: string;
  inline?: boolean;
}) {
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag
      className={className ? `quiz-html ${className}` : 'quiz-html'}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

/**
 * Options as big rows, each one a label around its radio (or checkbox): the whole row takes the
 * tap. Answers carry the attempt's option ids (never a letter the server could share between mã đề);
 * the student sees the paper's letter (`display`).
 */
function ChoiceAnswer({ item, value, onChange, disabled, label }: LabelledAnswerProps) {
  const multiple = item.type === 'multiple_select';
  const chosen = multiple ? (value?.choices ?? []) : value?.choice ? [value.choice] : [];

  const toggle = (id: string) => {
    if (!multiple) return onChange({ choice: id });
    const picked = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    // In the paper's order, so the same choices always make the same answer.
    const next = item.options.map((o) => o.id).filter((c) => picked.includes(c));
    onChange(normalizeAnswer({ choices: next }));
  };

  return (
    // A fieldset named by its legend ("Câu 3: Chọn một đáp án"): screen readers say which question
    // the options answer; arrows move between a radio group's options.
    <fieldset className="quiz-options quiz-fieldset">
      <legend className="q-dimmed q-small quiz-legend">
        <span className="visually-hidden">{label}: </span>
        {multiple ? texts.chooseMany : texts.chooseOne}
      </legend>
      {item.options.map((option) => {
        const checked = chosen.includes(option.id);
        return (
          <label key={option.id} className="quiz-option" data-checked={checked || undefined}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              className="quiz-option-input"
              name={`item-${item.key}`}
              value={option.id}
              checked={checked}
              disabled={disabled}
              onChange={() => toggle(option.id)}
            />
            <span className="quiz-option-letter">
              {option.display}
              <span className="visually-hidden">.</span>
            </span>{' '}
            <ServerHtml html={option.html} inline className="quiz-option-text" />
          </label>
        );
      })}
      {!multiple && chosen.length > 0 && !disabled && (
        <button type="button" className="q-btn q-btn-subtle q-btn-compact" onClick={() => onChange(null)}>
          {texts.clear}
        </button>
      )}
    </fieldset>
  );
}

type Statements = NonNullable<StudentAnswer['statements']>;
type StatementLabel = keyof Statements;

/** Each statement a)–d) with two big buttons, Đúng and Sai; pressing the chosen one again clears it. */
function TrueFalseAnswer({ item, value, onChange, disabled, label }: LabelledAnswerProps) {
  const baseId = useId();
  const given: Statements = value?.statements ?? {};

  const choose = (label: StatementLabel, truth: boolean) => {
    const next: Statements = { ...given };
    if (next[label] === truth) delete next[label];
    else next[label] = truth;
    onChange(normalizeAnswer({ statements: next }));
  };

  return (
    <fieldset className="quiz-statements quiz-fieldset">
      <legend className="visually-hidden">{label}</legend>
      {item.statements.map((statement) => {
        const id = `${baseId}-${statement.label}`;
        const current = given[statement.label];
        return (
          <fieldset key={statement.label} aria-labelledby={id} className="quiz-statement">
            <div id={id} className="quiz-statement-text">
              <strong>{statement.label})</strong> <ServerHtml html={statement.html} inline />
            </div>
            <div className="quiz-statement-buttons">
              {([true, false] as const).map((truth) => (
                <button
                  type="button"
                  key={String(truth)}
                  className={`q-btn ${current === truth ? (truth ? 'q-btn-true' : 'q-btn-false') : ''}`}
                  aria-pressed={current === truth ? 'true' : 'false'}
                  disabled={disabled}
                  onClick={() => choose(statement.label, truth)}
                >
                  {truth ? texts.true : texts.false}
                </button>
              ))}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/**
 * Phần III: a number, with the decimal keyboard ("0,5": the grader reads a comma as the decimal
 * point). Some Android decimal keyboards have no minus key, hence the sign button.
 */
function ShortAnswerInput({ item, value, onChange, disabled, label }: LabelledAnswerProps) {
  const id = useId();
  const text = value?.text ?? '';
  const change = (next: string) => onChange(normalizeAnswer({ text: next }));
  const toggleSign = () => change(text.startsWith('-') ? text.slice(1) : `-${text}`);
  return (
    <div className="q-field">
      <AnswerLabel htmlFor={id} text={texts.shortAnswer} question={label} />
      <p id={`${id}-hint`} className="q-dimmed q-small">
        {texts.shortAnswerHint}
      </p>
      <div className="q-row">
        <input
          id={id}
          className="q-input q-short"
          aria-describedby={`${id}-hint`}
          name={`item-${item.key}`}
          value={text}
          onChange={(event) => change(event.currentTarget.value)}
          inputMode="decimal"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={20}
          disabled={disabled}
        />
        <button
          type="button"
          className="q-btn q-btn-square"
          onClick={toggleSign}
          disabled={disabled}
          aria-label={texts.toggleSign}
        >
          ±
        </button>
      </div>
    </div>
  );
}

/** A typed answer's label: what to type, and for screen readers which question it answers. */
function AnswerLabel({ htmlFor, text, question }: { htmlFor: string; text: string; question: string }) {
  return (
    <label htmlFor={htmlFor} className="q-label">
      {text}
      <span className="visually-hidden"> – {question}</span>
    </label>
  );
}

/** Tự luận: a plain text answer that grows with what is written. */
function EssayInput({ item, value, onChange, disabled, label }: LabelledAnswerProps) {
  const id = useId();
  return (
    <div className="q-field">
      <AnswerLabel htmlFor={id} text={texts.essay} question={label} />
      <textarea
        id={id}
        className="q-input q-essay"
        name={`item-${item.key}`}
        value={value?.text ?? ''}
        onChange={(event) => onChange(normalizeAnswer({ text: event.currentTarget.value }))}
        rows={5}
        maxLength={20_000}
        disabled={disabled}
      />
    </div>
  );
}

/** An item's input with the question it answers ("Câu 3", "Câu 2.1") for its accessible name. */
type LabelledAnswerProps = AnswerInputProps & { label: string };

/** The input of an item's type. */
export function ItemAnswer(props: LabelledAnswerProps) {
  switch (props.item.type) {
    case 'single_choice':
    case 'multiple_select':
      return <ChoiceAnswer {...props} />;
    case 'true_false_group':
      return <TrueFalseAnswer {...props} />;
    case 'short_answer':
      return <ShortAnswerInput {...props} />;
    case 'essay':
      return <EssayInput {...props} />;
    default:
      return null;
  }
}

export const questionAnchor = (key: string) => `cau-${key}`;

interface QuestionBlockProps {
  question: PaperQuestion;
  answers: AnswerMap;
  flagged: boolean;
  onAnswer: (key: string, answer: StudentAnswer | null) => void;
  onToggleFlag: (key: string) => void;
}

/** Re-render only when this question's own answers or flag change (a paper has dozens). */
const sameQuestion = (before: QuestionBlockProps, after: QuestionBlockProps) =>
  before.question === after.question &&
  before.flagged === after.flagged &&
  before.onAnswer === after.onAnswer &&
  before.onToggleFlag === after.onToggleFlag &&
  itemsOf(after.question).every((item) => before.answers[item.key] === after.answers[item.key]);

/** A question of the paper: its stem, then its answer, or each child of a group with its own. */
export const QuestionBlock = memo(function QuestionBlock({
  question,
  answers,
  flagged,
  onAnswer,
  onToggleFlag,
}: QuestionBlockProps) {
  const headingId = useId();
  return (
    <section id={questionAnchor(question.key)} aria-labelledby={headingId} className="q-card quiz-question">
      <div className="q-question-head">
        <div className="q-row">
          <h2 id={headingId} className="q-h4">
            {texts.question(question.number)}
          </h2>
          <span className="q-dimmed q-small">{texts.points(question.points)}</span>
        </div>
        <button
          type="button"
          className={`q-btn q-btn-compact ${flagged ? 'q-btn-flagged' : ''}`}
          aria-pressed={flagged ? 'true' : 'false'}
          onClick={() => onToggleFlag(question.key)}
        >
          <span aria-hidden="true">⚑</span> {texts.flag}
        </button>
      </div>
      <ServerHtml html={question.stem} className="quiz-stem" />
      {question.type === 'group' ? (
        question.children.map((child, index) => (
          <div key={child.key} className="quiz-child">
            <p className="q-strong">{texts.question(`${question.number}.${index + 1}`)}</p>
            <ServerHtml html={child.stem} className="quiz-stem" />
            <ItemAnswer
              item={child}
              label={texts.question(`${question.number}.${index + 1}`)}
              value={answers[child.key]}
              onChange={(answer) => onAnswer(child.key, answer)}
              disabled={false}
            />
          </div>
        ))
      ) : (
        <ItemAnswer
          item={question}
          label={texts.question(question.number)}
          value={answers[question.key]}
          onChange={(answer) => onAnswer(question.key, answer)}
          disabled={false}
        />
      )}
    </section>
  );
}, sameQuestion);
