import { Drawer, type DrawerProps } from '@mantine/core';

/** A panel that slides in from the right, open while it is mounted (a student's attempt, its log). */
export function RightDrawer(props: Omit<DrawerProps, 'opened' | 'position'>) {
  return <Drawer opened position="right" {...props} />;
}
