/** Texts of exam supervision (giám sát làm bài): the results page, the attempt's timeline, the assign dialog. */
export const supervisionVi = {
  supervision: {
    column: 'Giám sát',
    away: 'Rời trang {{count}} lần · {{duration}}',
    awayNone: 'Không rời trang',
    deviceChanges: 'Đổi thiết bị {{count}} lần',
    blocked: 'Thiết bị khác đang chờ mở khoá',
    open: 'Nhật ký',
    openOf: 'Nhật ký làm bài của {{name}}',
    title: 'Nhật ký làm bài: {{name}}',
    timeline: 'Nhật ký làm bài',
    empty: 'Chưa ghi nhận lần rời trang hay đổi thiết bị nào.',
    kinds: {
      hidden: 'Rời trang làm bài',
      blur: 'Chuyển sang cửa sổ khác',
      device_changed: 'Làm tiếp trên thiết bị khác',
      device_blocked: 'Thiết bị khác bị chặn (chỉ một thiết bị)',
      device_unlocked: 'Giáo viên mở khoá thiết bị',
    },
    lasted: 'trong {{duration}}',
    stillAway: 'chưa quay lại',
    device: 'Thiết bị {{number}}',
    seconds: '{{s}} giây',
    minutes: '{{m}} phút {{s}} giây',
    hours: '{{h}} giờ {{m}} phút',
    unlock: 'Mở khoá thiết bị',
    unlockHint:
      'Học sinh mở bài trên một thiết bị khác và đang bị chặn. Sau khi mở khoá, học sinh làm tiếp được trên thiết bị mở bài đầu tiên sau đó.',
    unlocked: 'Đã mở khoá: học sinh làm tiếp được trên thiết bị mở bài đầu tiên sau đó.',
    privacy: 'Chỉ ghi lại các sự kiện trên; không thu thập thông tin thiết bị, địa chỉ IP hay hình ảnh.',
    oneDevice: 'Chỉ làm trên một thiết bị',
    oneDeviceStudent: 'Chỉ làm trên một thiết bị: muốn đổi thiết bị, hãy báo giáo viên.',
    oneDeviceHint:
      'Học sinh mở bài trên thiết bị khác sẽ bị chặn cho đến khi giáo viên mở khoá. Dù chọn hay không, việc rời trang làm bài và làm tiếp trên thiết bị khác đều được ghi lại.',
  },
};
