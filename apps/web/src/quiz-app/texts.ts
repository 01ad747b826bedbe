import type { PaperPart } from '@hoclieu/contracts';
import type { SyncState } from './answer-queue';
import type { Progress } from './paper-items';
import { formatNumber, quizLanguage } from './quiz-language';
import { textsEn } from './texts-en';

/**
 * The quiz page's texts in Vietnamese; English mirrors them in ./texts-en (checked by the compiler).
 * The page ships without i18next (its weight would be most of the page), and the main app's
 * translations keep just what its result page uses.
 */
const textsVi = {
  pageTitle: 'Làm bài – Hoclieu',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  requestId: (id: string) => `Mã yêu cầu: ${id}`,
  versionCode: (code: string) => `Mã đề ${code}`,
  timeLeft: 'Thời gian còn lại',
  minutesLeft: (minutes: number) => `Còn ${minutes} phút làm bài.`,
  layoutLabel: 'Cách hiển thị',
  layoutSingle: 'Từng câu',
  layoutAll: 'Cả bài',
  questionList: 'Danh sách câu',
  answeredOf: (done: number, total: number) => `${done}/${total} câu`,
  question: (number: number | string) => `Câu ${number}`,
  points: (points: number) => `${formatNumber(points)} điểm`,
  parts: {
    I: 'Phần I. Câu trắc nghiệm nhiều phương án lựa chọn',
    II: 'Phần II. Câu trắc nghiệm đúng sai',
    III: 'Phần III. Câu trắc nghiệm trả lời ngắn',
    essay: 'Tự luận',
  } satisfies Record<PaperPart, string>,
  flag: 'Đánh dấu',
  previous: 'Câu trước',
  next: 'Câu sau',
  position: (current: number, total: number) => `Câu ${current}/${total}`,
  chooseOne: 'Chọn một đáp án',
  chooseMany: 'Chọn một hoặc nhiều đáp án',
  clear: 'Bỏ chọn',
  true: 'Đúng',
  false: 'Sai',
  shortAnswer: 'Đáp án',
  shortAnswerHint: 'Chỉ ghi số; dùng dấu phẩy cho số thập phân (ví dụ 0,5).',
  toggleSign: 'Đổi dấu',
  essay: 'Bài làm',
  legend: { done: 'Đã làm', partial: 'Làm dở', empty: 'Chưa làm', flagged: 'Đánh dấu' },
  navState: { done: 'đã làm', partial: 'làm dở', empty: 'chưa làm' } satisfies Record<Progress, string>,
  navFlagged: 'đã đánh dấu',
  close: 'Đóng',
  submit: 'Nộp bài',
  confirmTitle: 'Nộp bài?',
  confirmAllDone: 'Bạn đã trả lời tất cả các câu.',
  confirmUnanswered: (count: number) => `Còn ${count} câu chưa trả lời xong.`,
  confirmFlagged: (count: number) => `${count} câu đang được đánh dấu.`,
  confirmNote: 'Sau khi nộp, bạn không sửa được bài nữa.',
  confirmSubmit: 'Nộp bài',
  keepWorking: 'Làm tiếp',
  submitting: 'Đang nộp bài…',
  sendingPending: 'Đang gửi các câu trả lời còn lại. Đừng đóng trang này.',
  offlineWaiting:
    'Bạn đang mất mạng. Các câu trả lời vẫn được giữ trên máy; bài sẽ được gửi và nộp ngay khi có mạng trở lại.',
  timeUp: 'Đã hết giờ',
  timeUpText: 'Hết giờ làm bài: bài của bạn được nộp tự động.',
  closed: 'Bài đã đóng',
  closedText: 'Bài làm đã được nộp hoặc đã hết giờ.',
  submitted: 'Đã nộp bài',
  resultLater: 'Đã nộp bài – kết quả sẽ được công bố sau.',
  score: 'Điểm của bạn',
  scoreValue: (score: number, max: number) => `${formatNumber(score)}/${formatNumber(max)}`,
  viewReview: 'Xem bài chữa',
  /** While the keys are held back: the result page shows the student's own answers. */
  viewOwnAnswers: 'Xem bài làm của bạn',
  backToList: 'Về danh sách bài kiểm tra',
  finishFailed: 'Chưa nộp được bài.',
  /** Exam supervision: students know what is recorded, and that nothing else is. */
  supervisionNote:
    'Hệ thống ghi lại khi bạn rời trang làm bài (chuyển ứng dụng, chuyển tab) và khi bạn làm tiếp trên thiết bị khác; ngoài ra không thu thập thông tin nào khác.',
  deviceLocked:
    'Bài này chỉ được làm trên một thiết bị và đang mở trên thiết bị khác. Hãy báo giáo viên mở khoá để làm tiếp trên thiết bị này.',
  sync: {
    saved: 'Đã lưu',
    saving: 'Đang lưu…',
    offline: (pending: number) => `Mất mạng – ${pending} câu chờ gửi`,
    failing: (pending: number) => `Chưa lưu được – ${pending} câu chờ gửi`,
    closed: 'Bài đã đóng',
    locked: (pending: number) => `Bài đang mở trên thiết bị khác – ${pending} câu chờ gửi`,
  },
  network: 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.',
  internal: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên kèm mã yêu cầu.',
  /** Vietnamese shows the server's own message; other languages look the code up here. */
  errors: {} as Partial<Record<string, string>>,
};

export type QuizTexts = typeof textsVi;

export const texts: QuizTexts = quizLanguage === 'en' ? textsEn : textsVi;

/** Đã lưu / Đang lưu… / Mất mạng – N câu chờ gửi. */
export function syncText(sync: SyncState): string {
  switch (sync.status) {
    case 'saved':
    case 'saving':
    case 'closed':
      return texts.sync[sync.status];
    case 'offline':
    case 'failing':
    case 'locked':
      return texts.sync[sync.status](sync.pending);
  }
}
