import { endpoints, type MaterialDetail } from '@hoclieu/contracts';
import { Switch } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { SharingPanel as SharedItemPanel } from '../../components/sharing/sharing-panel';
import { useSession } from '../../session/session-context';
import { submitScope } from './material-status';
import { ReviewActions } from './review-actions';
import { FeaturedBadge, StatusBadge } from './share-badges';
import { useMaterialChanged } from './use-material-changed';

/** A material's sharing: the common panel, with the province's featured switch. */
export function SharingPanel({ material }: { material: MaterialDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const changed = useMaterialChanged();
  const params = { materialId: material.id };
  const feature = useMutation({
    mutationFn: (featured: boolean) =>
      api.call(endpoints.materials.setFeatured, { params, body: { featured } }),
    onSuccess: (detail) => changed(detail),
  });
  return (
    <SharedItemPanel
      item={material}
      badges={
        <>
          <StatusBadge material={material} size="lg" />
          {material.featured && <FeaturedBadge size="lg" />}
        </>
      }
      nextScope={submitScope(material, user)}
      requestShare={(scope) => api.call(endpoints.materials.requestShare, { params, body: { scope } })}
      onChanged={changed}
      waitingLabel={t('sharing.waiting', {
        level: t(`materials.levelOf.${material.requestedScope ?? 'school'}`),
      })}
      reviewActions={<ReviewActions material={material} />}
    >
      {material.permissions.feature && (
        <Switch
          label={t('sharing.featured')}
          checked={material.featured}
          disabled={feature.isPending}
          onChange={(event) => feature.mutate(event.currentTarget.checked)}
        />
      )}
      {feature.isError && <ErrorAlert error={feature.error} />}
    </SharedItemPanel>
  );
}
