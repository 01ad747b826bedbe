import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../session/session-context';
import { ExamBuilder } from './exam-builder';
import { emptyDraft } from './exam-draft';

/** Tạo đề: a new exam from bank questions and/or an exam matrix. */
export function NewExamPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [initial] = useState(() => emptyDraft(user.school?.name ?? ''));
  return (
    <>
      <PageHeader title={t('examBuilder.newTitle')} description={t('examBuilder.newIntro')} />
      <ExamBuilder initial={initial} />
    </>
  );
}
