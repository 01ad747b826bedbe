import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ReviewDecisionButtons } from '../../components/review-decision-buttons';
import { useMaterialChanged } from './use-material-changed';

interface ReviewActionsProps {
  material: { id: string; title: string };
  onDecided?: (detail: MaterialDetail) => void;
  size?: 'xs' | 'sm';
}

/** Duyệt, or Từ chối with a reason the author will read. */
export function ReviewActions({ material, onDecided, size = 'sm' }: ReviewActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const changed = useMaterialChanged();
  return (
    <ReviewDecisionButtons
      title={material.title}
      size={size}
      reasonHint={t('sharing.reasonHint')}
      decide={(body) => api.call(endpoints.materials.decide, { params: { materialId: material.id }, body })}
      onDecided={(detail) => {
        changed(detail);
        onDecided?.(detail);
      }}
    />
  );
}
