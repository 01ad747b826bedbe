import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useSession } from '../../../session/session-context';
import { TestBuilder } from './test-builder';
import { emptyDraft } from './test-draft';

/** Tạo đề: a new test from bank questions and/or an exam matrix. */
export function NewTestPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [initial] = useState(() => emptyDraft(user.school?.name ?? ''));
  return (
    <>
      <PageHeader title={t('testBuilder.newTitle')} description={t('testBuilder.newIntro')} />
      <TestBuilder initial={initial} />
    </>
  );
}
