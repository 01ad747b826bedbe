/** Vietnamese texts of the student's side of exams (bài kiểm tra, làm bài, kết quả), spread into `vi`. */
export const quizVi = {
  quizList: {
    title: 'Bài kiểm tra',
    intro: 'Bài kiểm tra được giao cho lớp của bạn.',
    empty: 'Chưa có bài kiểm tra nào được giao.',
    timeLimit: 'Làm trong {{minutes}} phút',
    attempts: 'Đã làm {{used}}/{{allowed}} lần',
    states: {
      upcoming: 'Chưa mở',
      open: 'Đang mở',
      inProgress: 'Đang làm',
      submitted: 'Đã nộp',
      closed: 'Đã đóng',
    },
    opensAt: 'Mở lúc {{time}}',
    closesIn: 'Còn {{duration}} (đóng lúc {{time}})',
    closedAt: 'Đã đóng lúc {{time}}',
    score: 'Điểm: {{score}}/{{max}}',
    scorePending: 'Kết quả sẽ được công bố sau',
    start: 'Làm bài',
    resume: 'Tiếp tục',
    retake: 'Làm lại',
    viewResult: 'Xem kết quả',
  },
  duration: {
    days: '{{days}} ngày {{hours}} giờ',
    hours: '{{hours}} giờ {{minutes}} phút',
    minutes: '{{minutes}} phút',
  },
  quiz: {
    true: 'Đúng',
    false: 'Sai',
    score: 'Điểm của bạn',
    scoreValue: '{{score}}/{{max}}',
    backToList: 'Về danh sách bài kiểm tra',
  },
  quizResult: {
    title: 'Kết quả bài làm',
    submittedAt: 'Nộp lúc {{time}}',
    notSubmitted: 'Bài làm này chưa nộp.',
    continue: 'Tiếp tục làm bài',
    notReleased: 'Kết quả sẽ được công bố sau.',
    reviewTitle: 'Bài chữa',
    reviewLater: 'Bài chữa sẽ có khi kết quả được công bố.',
    ownAnswersTitle: 'Bài làm của bạn',
    /** Why the keys are not shown yet: never while a classmate can still answer. */
    hold: {
      classmatesAnswering:
        'Đáp án và lời giải sẽ hiện sau {{time}} (giờ Việt Nam), khi cả lớp đã hết thời gian làm bài.',
      retakeLeft: 'Bạn còn lượt làm lại: đáp án và lời giải sẽ hiện khi bạn đã dùng hết lượt làm bài.',
      retakeLeftUntil:
        'Bạn còn lượt làm lại: đáp án và lời giải sẽ hiện khi bạn đã dùng hết lượt làm bài hoặc hết giờ làm bài, và không sớm hơn {{time}} (giờ Việt Nam), khi cả lớp đã hết thời gian làm bài.',
      notReleased: 'Điểm, đáp án và lời giải sẽ hiện khi giáo viên công bố kết quả.',
      notReleasedUntil:
        'Điểm, đáp án và lời giải sẽ hiện sau {{time}} (giờ Việt Nam), khi cả lớp đã hết thời gian làm bài.',
    },
    question: 'Câu {{number}}',
    itemScore: '{{score}}/{{max}} điểm',
    status: {
      correct: 'Đúng',
      partial: 'Đúng một phần',
      wrong: 'Sai',
      blank: 'Bỏ trống',
      manual: 'Chờ chấm',
    },
    yourChoice: 'Bạn chọn',
    correctAnswer: 'Đáp án đúng',
    yourAnswer: 'Bạn trả lời',
    noAnswer: 'Không trả lời',
    key: 'Đáp án',
  },
};
