import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useQuestionChanged } from '../use-question-changed';
import { QuestionForm } from './question-form';

/** Soạn câu hỏi: a new draft, private to its author until submitted for review. */
export function NewQuestionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useQuestionChanged();
  return (
    <Stack gap={0}>
      <PageHeader title={t('questionEditor.title')} description={t('questionEditor.intro')} />
      <QuestionForm
        onSaved={(detail) => {
          changed(detail);
          notifications.show({ color: 'teal', message: t('questionEditor.saved') });
          void navigate({ to: '/ngan-hang-cau-hoi/$questionId', params: { questionId: detail.id } });
        }}
      />
    </Stack>
  );
}
