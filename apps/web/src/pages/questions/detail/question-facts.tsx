import type { QuestionDetail } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { type Fact, FactTable, TagBadges } from '../../../components/fact-table';
import { useSubjectName } from '../../../components/subject-name';
import { useVietnamFormat } from '../../../components/vietnam-format';
import { difficultyNames } from '../editor/question-meta-fields';
import { useEstimate } from '../view/estimate-badge';

/** Metadata, author, school and version of a question. */
export function QuestionFacts({ question }: { question: QuestionDetail }) {
  const { t } = useTranslation();
  const subjectName = useSubjectName();
  const when = useVietnamFormat();
  const { meta } = question;
  const estimate = useEstimate()(question);
  const rows: Fact[] = [
    [t('questionMeta.type'), t(`questions.types.${question.type}`)],
    [
      t('questionMeta.subject'),
      question.subject ? subjectName(question.subject.code, question.subject.name) : '—',
    ],
    [t('questionMeta.grade'), question.grade ? t('questions.grade', { grade: question.grade }) : '—'],
    [t('questionMeta.topic'), question.topic?.title ?? '—'],
    [t('questionMeta.level'), question.level ? t(`questions.levels.${question.level}`) : '—'],
    [
      t('questionMeta.difficulty'),
      question.difficulty
        ? t(`questionMeta.difficulties.${difficultyNames[question.difficulty - 1] ?? 'medium'}`)
        : '—',
    ],
    [
      t('estimate.fact'),
      <span key="estimate" data-testid="estimate-badge">
        {estimate?.text ?? '—'}
      </span>,
    ],
  ];
  if (meta.learningOutcome) rows.push([t('questionMeta.learningOutcome'), meta.learningOutcome]);
  if (meta.source) rows.push([t('questionMeta.source'), meta.source]);
  rows.push(
    [t('questionDetail.author'), question.author.fullName],
    [t('questionDetail.school'), question.school?.name ?? '—'],
    [t('questionDetail.version'), t('questions.version', { number: question.currentVersion })],
    [t('questionDetail.updatedAt'), when.date(question.updatedAt)],
  );
  if (question.tags.length > 0) {
    rows.push([t('questionMeta.tags'), <TagBadges key="tags" tags={question.tags} />]);
  }
  return <FactTable facts={rows} wrapAnywhere />;
}
