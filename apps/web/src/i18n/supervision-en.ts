import type { Messages } from './vi';

/** English texts of exam supervision, spread into `en`. */
export const supervisionEn: Pick<Messages, 'supervision'> = {
  supervision: {
    column: 'Supervision',
    away: 'Left the page {{count}} times · {{duration}}',
    awayNone: 'Never left the page',
    deviceChanges: 'Changed device {{count}} times',
    blocked: 'Another device waits for an unlock',
    open: 'Log',
    openOf: 'Attempt log of {{name}}',
    title: 'Attempt log: {{name}}',
    timeline: 'Attempt log',
    empty: 'No page leaving or device change recorded yet.',
    kinds: {
      hidden: 'Left the test page',
      blur: 'Switched to another window',
      device_changed: 'Continued on another device',
      device_blocked: 'Another device refused (one device only)',
      device_unlocked: 'Teacher unlocked the device',
    },
    lasted: 'for {{duration}}',
    stillAway: 'not back yet',
    device: 'Device {{number}}',
    seconds: '{{s}} s',
    minutes: '{{m}} min {{s}} s',
    hours: '{{h}} h {{m}} min',
    unlock: 'Unlock device',
    unlockHint:
      'The student opened the test on another device and is refused there. After the unlock, the next device that opens it continues.',
    unlocked: 'Unlocked: the next device that opens the test continues.',
    privacy: 'Only these events are recorded: no device details, IP address or pictures.',
    oneDevice: 'One device only',
    oneDeviceStudent: 'One device only: to change devices, ask your teacher.',
    oneDeviceHint:
      'A student opening the test on another device is refused until the teacher unlocks. Either way, leaving the test page and continuing on another device are recorded.',
  },
};
