import { Button } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentAnswer } from './answer-queue';
import { type AnswerInputProps, normalizeAnswer } from './paper-items';
import { ServerHtml } from './server-html';

type Statements = NonNullable<StudentAnswer['statements']>;
type StatementLabel = keyof Statements;

/** Each statement a)–d) with two big buttons, Đúng and Sai; pressing the chosen one again clears it. */
export function TrueFalseAnswer({ item, value, onChange, disabled }: AnswerInputProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const given: Statements = value?.statements ?? {};

  const choose = (label: StatementLabel, truth: boolean) => {
    const next: Statements = { ...given };
    if (next[label] === truth) delete next[label];
    else next[label] = truth;
    onChange(normalizeAnswer({ statements: next }));
  };

  return (
    <div className="quiz-statements">
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
                <Button
                  key={String(truth)}
                  size="md"
                  variant={current === truth ? 'filled' : 'default'}
                  color={truth ? 'teal' : 'red'}
                  aria-pressed={current === truth}
                  disabled={disabled}
                  onClick={() => choose(statement.label, truth)}
                >
                  {truth ? t('quiz.true') : t('quiz.false')}
                </Button>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
