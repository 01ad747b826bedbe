import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttributes = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

/** Mantine components rendered as router links: typed `to`/`params`/`search`, client-side navigation. */
const AnchorLink = createLink((props: AnchorProps & AnchorAttributes) => <Anchor component="a" {...props} />);
export const RouterAnchor: LinkComponent<typeof AnchorLink> = (props) => (
  <AnchorLink preload="intent" {...props} />
);

/** A table row's name as a link to its page: small and bold, as every list draws it. */
export const RowNameLink: LinkComponent<typeof AnchorLink> = (props) => (
  <AnchorLink preload="intent" size="sm" fw={600} {...props} />
);

const ButtonLink = createLink((props: ButtonProps & AnchorAttributes) => <Button component="a" {...props} />);
export const RouterButton: LinkComponent<typeof ButtonLink> = (props) => (
  <ButtonLink preload="intent" {...props} />
);

const NavLinkLink = createLink(
  (props: Omit<NavLinkProps, 'onChange'> & Omit<AnchorAttributes, 'onChange'>) => (
    <NavLink component="a" {...props} />
  ),
);
export const RouterNavLink: LinkComponent<typeof NavLinkLink> = (props) => (
  <NavLinkLink preload="intent" {...props} />
);
