import { lazy, Suspense, useState } from 'react';
import { UserMenuButton } from './user-menu-button';

const loadDropdown = () => import('./user-menu-dropdown');
const UserMenuDropdown = lazy(() => loadDropdown().then((module) => ({ default: module.UserMenuDropdown })));

/**
 * The account menu in the header. Its menu machinery (Popover, floating-ui) is a fifth of a page's
 * JavaScript and only needed once someone opens it: the button is drawn at once, the menu is fetched
 * when the pointer or the focus comes near and opens as soon as it is there.
 */
export function UserMenu() {
  const [opened, setOpened] = useState(false);
  const preload = () => void loadDropdown();
  const button = (
    <UserMenuButton
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => setOpened(true)}
    />
  );
  if (!opened) return button;
  return (
    <Suspense fallback={button}>
      <UserMenuDropdown defaultOpened />
    </Suspense>
  );
}
