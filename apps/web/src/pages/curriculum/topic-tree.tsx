import { endpoints, type Topic } from '@hoclieu/contracts';
import { can, GLOBAL_SCOPE } from '@hoclieu/domain';
import { ActionIcon, Box, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { QueryView } from '../../components/query-view';
import { useActor } from '../../session/session-context';
import { TopicDialog, type TopicDialogState } from './topic-dialog';
import { useMissingTopics } from './use-missing-topics';
import { useTopicChanges } from './use-topic-changes';

function TopicActions({ topic, onAction }: { topic: Topic; onAction: (state: TopicDialogState) => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('curriculum.actionsFor', { title: topic.title })}
        >
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {topic.kind === 'chapter' && (
          <Menu.Item onClick={() => onAction({ action: 'create', parentId: topic.id })}>
            {t('curriculum.addLesson')}
          </Menu.Item>
        )}
        <Menu.Item onClick={() => onAction({ action: 'rename', topic })}>{t('curriculum.rename')}</Menu.Item>
        <Menu.Item color="red" onClick={() => onAction({ action: 'delete', topic })}>
          {t('common.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Chapters and their lessons; sector officers (curriculum.manage) may edit them. */
export function TopicTree({ subjectCode, grade }: { subjectCode: string; grade: number }) {
  const { t } = useTranslation();
  const canManage = can(useActor(), 'curriculum.manage', GLOBAL_SCOPE);
  const topics = useApiQuery(endpoints.curriculum.listTopics, { query: { subjectCode, grade } });
  const changes = useTopicChanges(subjectCode, grade);
  const missing = useMissingTopics(subjectCode, grade, topics);
  const [dialog, setDialog] = useState<TopicDialogState | null>(null);
  const closeDialog = () => {
    setDialog(null);
    for (const mutation of [changes.create, changes.rename, changes.remove]) mutation.reset();
  };

  return (
    <QueryView query={topics}>
      {({ items }) => (
        <Stack gap="sm">
          {items.length === 0 && <Text c="dimmed">{missing ?? t('curriculum.noTopics')}</Text>}
          {items.map((chapter) => (
            <Box key={chapter.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text fw={700} size="sm">
                  {chapter.title}
                </Text>
                {canManage && <TopicActions topic={chapter} onAction={setDialog} />}
              </Group>
              <Stack component="ul" gap={2} pl="md" m={0} style={{ listStyle: 'none' }}>
                {chapter.children.map((lesson) => (
                  <Group
                    component="li"
                    key={lesson.id}
                    justify="space-between"
                    wrap="nowrap"
                    gap="xs"
                    mih={28}
                  >
                    <Text size="sm">{lesson.title}</Text>
                    {canManage && <TopicActions topic={lesson} onAction={setDialog} />}
                  </Group>
                ))}
              </Stack>
            </Box>
          ))}
          {canManage && (
            <Button
              variant="light"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setDialog({ action: 'create', parentId: null })}
            >
              {t('curriculum.addChapter')}
            </Button>
          )}
          {dialog && <TopicDialog state={dialog} changes={changes} onClose={closeDialog} />}
        </Stack>
      )}
    </QueryView>
  );
}
