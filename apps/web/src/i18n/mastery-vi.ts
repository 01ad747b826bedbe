/**
 * Vietnamese texts of the teacher's side of practice (mức thành thạo, mục tiêu luyện tập) and estimated
 * difficulty, spread into `vi`.
 */
export const masteryVi = {
  mastery: {
    open: 'Mức thành thạo luyện tập',
    title: 'Mức thành thạo luyện tập · Lớp {{className}}',
    description:
      'Khả năng trả lời đúng một câu hỏi có độ khó trung bình, theo từng chủ đề; chủ đề yếu nhất trước.',
    student: 'Học sinh',
    classMean: 'Trung bình lớp',
    noData: 'Học sinh của lớp chưa luyện tập chủ đề nào thuộc môn bạn theo dõi.',
    cell: '{{count}} câu, đúng {{correct}}',
    answers: '{{count}} lượt',
    notPractised: 'Chưa luyện tập',
    tableLabel: 'Bảng mức thành thạo theo chủ đề',
    history: 'Lịch sử',
    historyOf: 'Lịch sử luyện tập của {{name}}',
    historyEmpty: 'Học sinh chưa làm câu luyện tập nào.',
    answeredAt: 'Thời gian',
    question: 'Câu hỏi',
    topic: 'Chủ đề',
    result: 'Kết quả',
    right: 'Đúng',
    wrong: 'Sai',
    goals: 'Luyện tập đến khi thành thạo',
    goalsEmpty: 'Lớp chưa có mục tiêu luyện tập nào.',
    newGoal: 'Giao mục tiêu',
    goalDialog: 'Giao mục tiêu luyện tập cho lớp {{className}}',
    subject: 'Môn',
    goalTopics: 'Chủ đề cần luyện tập',
    goalTarget: 'Mức thành thạo cần đạt (%)',
    goalDue: 'Hạn hoàn thành',
    goalLine: 'Đạt {{target}}% trước hết ngày {{due}}',
    goalReached: '{{count}}/{{total}} học sinh đã đạt',
    goalCreated: 'Đã giao mục tiêu cho lớp.',
    removeGoal: 'Bỏ mục tiêu',
    goalRemoved: 'Đã bỏ mục tiêu.',
    reached: 'Đã đạt',
    noTopics: 'Chưa có chủ đề cho môn và khối lớp này.',
  },
  estimate: {
    fact: 'Độ khó ước lượng',
    filter: {
      easy: 'Dễ',
      medium: 'Trung bình',
      hard: 'Khó',
      none: 'Chưa có ước lượng',
    },
    preferInMatrix: 'Ưu tiên câu hỏi có độ khó ước lượng hợp với mức độ',
    preferHint:
      'Nhận biết: câu dễ, thông hiểu: trung bình, vận dụng: khó (ước lượng từ câu trả lời của học sinh); thiếu thì lấy câu khác.',
    bands: {
      easy: 'Dễ',
      medium: 'Trung bình',
      hard: 'Khó',
    },
    badge: 'Ước lượng: {{band}} · {{percent}}% · {{count}} lượt trả lời',
    hint: 'Độ khó ước lượng từ các câu trả lời khi luyện tập và làm bài kiểm tra: một học sinh trung bình trả lời đúng khoảng {{percent}}%.',
  },
};
