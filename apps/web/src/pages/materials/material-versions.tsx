import type { MaterialDetail } from '@hoclieu/contracts';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VersionList } from '../../components/version-heading';
import { useVietnamFormat } from '../../components/vietnam-format';
import { useFileUrls } from './file-urls';

/** Every version, newest first; files of earlier versions stay downloadable. */
export function MaterialVersions({ material }: { material: MaterialDetail }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const urls = useFileUrls(material.id);
  return (
    <VersionList
      of={material}
      empty={t('materialDetail.noFiles')}
      labels={{
        title: (number) => t('materialDetail.version', { number }),
        current: t('materialDetail.current'),
      }}
      gap="md"
      testId="material-versions"
      aside={(version) => (
        <Text size="xs" c="dimmed">
          {when.dateTime(version.createdAt)}
        </Text>
      )}
    >
      {(version) => (
        <>
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
        </>
      )}
    </VersionList>
  );
}
