/** Vietnamese texts of the e-learning lectures (bài giảng điện tử SCORM), spread into `vi`. */
export const lecturesVi = {
  lectures: {
    loading: 'Đang mở bài giảng…',
    player: 'Bài giảng điện tử (SCORM {{version}})',
    frameTitle: 'Bài giảng điện tử',
    preview: 'Xem thử: không lưu tiến độ',
    previewHint: 'Bạn đang xem thử bài giảng. Tiến độ và điểm chỉ được lưu khi học sinh học.',
    status: {
      not_started: 'Chưa học',
      in_progress: 'Đang học',
      completed: 'Đã hoàn thành',
      passed: 'Đạt',
      failed: 'Chưa đạt',
    },
    mineTitle: 'Bài giảng điện tử',
    mineEmpty: 'Chưa có bài giảng điện tử nào được giao cho lớp của em.',
    givenTo: 'Lớp {{className}}',
    score: 'Điểm',
    state: 'Trạng thái',
    minutes: 'Số phút học',
    classTitle: 'Bài giảng điện tử của lớp',
    classSummary: '{{done}}/{{total}} học sinh đã hoàn thành',
    mastery: 'Điểm đạt: {{score}}',
  },
};
