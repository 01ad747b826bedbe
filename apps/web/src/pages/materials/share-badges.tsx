import type { MaterialSummary, ShareScope } from '@hoclieu/contracts';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shareStatus } from './material-status';

const scopeColors: Record<ShareScope, string> = {
  private: 'gray',
  school: 'teal',
  district: 'blue',
  province: 'grape',
};

export function ScopeBadge({ scope, ...props }: { scope: ShareScope } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={scopeColors[scope]} variant="light" {...props}>
      {t(`materials.scopes.${scope}`)}
    </Badge>
  );
}

/** Riêng tư / Chờ duyệt cấp … / Đã chia sẻ cấp … */
export function StatusBadge({
  material,
  ...props
}: { material: Pick<MaterialSummary, 'scope' | 'requestedScope'> } & BadgeProps) {
  const { t } = useTranslation();
  const status = shareStatus(material);
  if (status.kind === 'private') {
    return (
      <Badge color="gray" variant="outline" {...props}>
        {t('materials.status.private')}
      </Badge>
    );
  }
  const level = t(`materials.levelOf.${status.level}`);
  return status.kind === 'pending' ? (
    <Badge color="orange" variant="light" {...props}>
      {t('materials.status.pending', { level })}
    </Badge>
  ) : (
    <Badge color={scopeColors[status.level]} variant="light" {...props}>
      {t('materials.status.shared', { level })}
    </Badge>
  );
}

export function FeaturedBadge(props: BadgeProps) {
  const { t } = useTranslation();
  return (
    // A light yellow under dark text: the theme's filled yellow is darkened for white text.
    <Badge color="yellow.3" variant="filled" c="dark.9" {...props}>
      ★ {t('materials.featured')}
    </Badge>
  );
}
