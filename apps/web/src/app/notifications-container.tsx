import { Notifications } from '@mantine/notifications';

/** Mantine's toasts container, in a chunk of its own (see DeferredNotifications in app.tsx). */
export function NotificationsContainer() {
  return <Notifications position="top-center" />;
}
