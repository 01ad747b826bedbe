import type { MaterialDetail } from '@hoclieu/contracts';
import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newestFirst, VersionHeading } from '../../components/version-heading';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useFileUrls } from './file-urls';

/** Every version, newest first; files of earlier versions stay downloadable. */
export function MaterialVersions({ material }: { material: MaterialDetail }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const urls = useFileUrls(material.id);
  const versions = newestFirst(material.versions);
  if (versions.length === 0) return <Text c="dimmed">{t('materialDetail.noFiles')}</Text>;
  return (
    <Stack gap="md" data-testid="material-versions">
      {versions.map((version) => (
        <div key={version.number}>
          <VersionHeading
            title={t('materialDetail.version', { number: version.number })}
            current={version.number === material.currentVersion ? t('materialDetail.current') : null}
          >
            <Text size="xs" c="dimmed">
              {when.dateTime(version.createdAt)}
            </Text>
          </VersionHeading>
          {version.note && (
            <Text size="sm" c="dimmed">
              {version.note}
            </Text>
          )}
          <List size="sm" mt={4} spacing={2}>
            {version.files.map((file) => (
              <List.Item key={file.id}>
                <Anchor
                  href={urls.download(file.id)}
                  download
                  aria-label={t('materialDetail.downloadFile', { name: file.name })}
                >
                  {file.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
