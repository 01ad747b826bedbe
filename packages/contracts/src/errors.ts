import { z } from 'zod';

/**
 * Stable error codes with their messages. The API answers with the Vietnamese message; the web app
 * shows the message for the code in the user's language. Adding a code means adding both messages.
 */
export const errorMessages = {
  VALIDATION_FAILED: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is not valid.' },
  INVALID_TEXT: {
    vi: 'Dữ liệu gửi lên chứa ký tự điều khiển hoặc ký tự Unicode không hợp lệ.',
    en: 'The request contains control characters or broken Unicode.',
  },
  LINK_NOT_WEB: {
    vi: 'Liên kết phải là địa chỉ web bắt đầu bằng http:// hoặc https://.',
    en: 'The link must be a web address starting with http:// or https://.',
  },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để tiếp tục.', en: 'Please sign in to continue.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested item was not found.' },
  ROUTE_NOT_FOUND: { vi: 'Địa chỉ API không tồn tại.', en: 'No such API route.' },
  CSRF_INVALID: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
    en: 'Your session token is invalid; please reload the page.',
  },
  INVALID_CREDENTIALS: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  LOGIN_THROTTLED: {
    vi: 'Đăng nhập sai nhiều lần. Vui lòng chờ vài giây rồi thử lại.',
    en: 'Too many failed sign-ins. Please wait a few seconds and try again.',
  },
  ACCOUNT_DISABLED: { vi: 'Tài khoản đã bị vô hiệu hoá.', en: 'This account is disabled.' },
  RATE_LIMITED: {
    vi: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
    en: 'Too many requests; please try again in a few minutes.',
  },
  PASSWORD_TOO_WEAK: {
    vi: 'Mật khẩu phải dài ít nhất 8 ký tự, có cả chữ và số.',
    en: 'The password needs at least 8 characters with letters and digits.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    vi: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    en: 'You must change your password before continuing.',
  },
  CURRENT_PASSWORD_WRONG: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  PASSWORD_REUSED: {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  IMPORT_FILE_MISSING: { vi: 'Chưa chọn tệp để nhập.', en: 'No file was attached.' },
  IMPORT_FILE_UNREADABLE: {
    vi: 'Không đọc được tệp. Hãy dùng tệp .xlsx hoặc .csv theo mẫu.',
    en: 'The file could not be read. Use an .xlsx or .csv file following the template.',
  },
  IMPORT_HEADER_INVALID: {
    vi: 'Dòng tiêu đề của tệp không đúng mẫu.',
    en: 'The header row does not match the template.',
  },
  IMPORT_TOO_MANY_ROWS: {
    vi: 'Tệp có quá nhiều dòng: mỗi lần nhập tối đa 20.000 dòng. Hãy chia nhỏ tệp.',
    en: 'Too many rows: at most 20,000 rows per import. Split the file.',
  },
  ORG_IMPORT_NOT_FOUND: {
    vi: 'Không tìm thấy lần nhập tệp tổng hợp này.',
    en: 'No such organisation workbook import.',
  },
  ORG_IMPORT_PROVINCE_REQUIRED: {
    vi: 'Hãy chọn Sở GDĐT để nhập dữ liệu vào.',
    en: 'Choose the province to import into.',
  },
  ORG_IMPORT_RUNNING: {
    vi: 'Sở này đang có một lần nhập tệp tổng hợp chưa xong; hãy đợi lần đó kết thúc.',
    en: 'An organisation workbook import of this province is still running; wait until it ends.',
  },
  IMPORT_ROW_INVALID: { vi: 'Dòng dữ liệu không hợp lệ.', en: 'The row is not valid.' },
  IMPORT_ROW_DUPLICATE: {
    vi: 'Dòng bị trùng với một dòng phía trên trong tệp.',
    en: 'The row repeats an earlier row of the file.',
  },
  IMPORT_ROW_NOT_FOUND: {
    vi: 'Không tìm thấy đơn vị, lớp hoặc môn học mà dòng này nhắc tới.',
    en: 'The unit, class or subject this row refers to does not exist.',
  },
  IMPORT_ROW_FORBIDDEN: {
    vi: 'Bạn không có quyền nhập dữ liệu cho đơn vị của dòng này.',
    en: "You may not import data for this row's unit.",
  },
  IMPORT_ROW_CONFLICT: {
    vi: 'Tên đăng nhập đã thuộc một tài khoản khác.',
    en: 'The username belongs to another account.',
  },
  IMPORT_ROW_NOT_SAVED: {
    vi: 'Chưa lưu được dòng này do lỗi hệ thống; hãy nhập lại tệp.',
    en: 'This row could not be saved because of a system error; import the file again.',
  },
  PAYLOAD_TOO_LARGE: { vi: 'Tệp hoặc dữ liệu gửi lên quá lớn.', en: 'The upload is too large.' },
  SCHOOL_NOT_FOUND: { vi: 'Không tìm thấy trường.', en: 'School not found.' },
  CLASS_NOT_FOUND: { vi: 'Không tìm thấy lớp.', en: 'Class not found.' },
  SUBJECT_NOT_FOUND: { vi: 'Không tìm thấy môn học.', en: 'Subject not found.' },
  TOPIC_NOT_FOUND: { vi: 'Không tìm thấy chủ đề.', en: 'Topic not found.' },
  TOPIC_PARENT_INVALID: {
    vi: 'Bài học phải thuộc một chương của cùng môn và khối lớp.',
    en: 'A lesson must sit under a chapter of the same subject and grade.',
  },
  KPI_TARGET_NOT_FOUND: { vi: 'Không tìm thấy chỉ tiêu.', en: 'Target not found.' },
  MATERIAL_NOT_FOUND: { vi: 'Không tìm thấy học liệu.', en: 'Material not found.' },
  FILE_NOT_FOUND: { vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  UPLOAD_NOT_FOUND: { vi: 'Không tìm thấy tệp đã tải lên.', en: 'Upload not found.' },
  UPLOAD_NOT_READY: {
    vi: 'Tệp chưa tải lên xong hoặc đã bị từ chối.',
    en: 'The file has not finished uploading or was refused.',
  },
  UPLOAD_TOO_LARGE: {
    vi: 'Tệp vượt quá dung lượng cho phép.',
    en: 'The file is larger than allowed.',
  },
  QUESTION_IMAGE_TYPE_REFUSED: {
    vi: 'Chỉ chèn được ảnh PNG, JPEG, GIF, WEBP hoặc SVG không chứa liên kết ra ngoài.',
    en: 'Only PNG, JPEG, GIF, WEBP images or a self-contained SVG can be inserted.',
  },
  FILE_TYPE_REFUSED: {
    vi: 'Loại tệp này không được phép (tệp chạy được hoặc gói nén không an toàn).',
    en: 'This kind of file is not allowed (an executable or an unsafe archive).',
  },
  FILE_TYPE_UNKNOWN: {
    vi: 'Không nhận ra loại tệp từ nội dung của nó.',
    en: 'The file type could not be recognised from its content.',
  },
  SCORM_MANIFEST_INVALID: {
    vi: 'Gói SCORM có tệp imsmanifest.xml không hợp lệ.',
    en: 'The SCORM package has an invalid imsmanifest.xml.',
  },
  PRACTICE_GOAL_NOT_FOUND: {
    vi: 'Không tìm thấy mục tiêu luyện tập.',
    en: 'Practice goal not found.',
  },
  PRACTICE_GOAL_TOPIC_INVALID: {
    vi: 'Chủ đề không thuộc khối lớp hoặc môn bạn dạy ở lớp này.',
    en: "A topic is not of the class's grade or of a subject you teach in this class.",
  },
  PRACTICE_GOAL_DUE_PAST: {
    vi: 'Hạn hoàn thành phải từ hôm nay trở đi.',
    en: 'The due date must be today or later.',
  },
  STUDENT_NOT_IN_CLASS: {
    vi: 'Học sinh không thuộc lớp này.',
    en: 'The student is not in this class.',
  },
  PRACTICE_NOT_SERVED: {
    vi: 'Câu hỏi này không phải câu đang được giao cho bạn luyện tập (hoặc đã quá lâu). Hãy lấy câu tiếp theo.',
    en: 'This is not the question practice gave you (or it was too long ago). Please take the next question.',
  },
  PRACTICE_QUESTION_UNAVAILABLE: {
    vi: 'Câu hỏi này hiện không dùng để luyện tập được (đang dùng trong bài kiểm tra hoặc đã bị gỡ).',
    en: 'This question cannot be practised now (it is in an open test or was withdrawn).',
  },
  PRACTICE_ALREADY_ANSWERED: {
    vi: 'Câu hỏi này đã được trả lời. Hãy lấy câu tiếp theo.',
    en: 'This question has already been answered. Please take the next question.',
  },
  LECTURE_NOT_SCORM: {
    vi: 'Học liệu này không phải bài giảng điện tử SCORM.',
    en: 'This material is not a SCORM e-learning lecture.',
  },
  RANGE_NOT_SATISFIABLE: {
    vi: 'Đoạn dữ liệu yêu cầu không hợp lệ.',
    en: 'The requested range is not valid.',
  },
  STORAGE_UNAVAILABLE: {
    vi: 'Kho lưu trữ tệp tạm thời không truy cập được. Vui lòng thử tải lên lại sau.',
    en: 'File storage is temporarily unreachable. Please try the upload again later.',
  },
  SEARCH_UNAVAILABLE: {
    vi: 'Chức năng tìm kiếm tạm thời gián đoạn; học liệu vẫn được lưu bình thường. Vui lòng thử lại sau ít phút.',
    en: 'Search is temporarily unavailable; materials are still saved. Please try again in a few minutes.',
  },
  SHARE_NOT_ALLOWED: {
    vi: 'Không thể gửi duyệt ở phạm vi này: học liệu được mở rộng từng cấp (trường, huyện, tỉnh) và cần có tệp.',
    en: 'Cannot request this scope: sharing widens one level at a time and needs a file.',
  },
  SHARE_OWN_DECISION: {
    vi: 'Không ai tự duyệt yêu cầu chia sẻ của chính mình: một người duyệt khác cùng cấp hoặc cấp trên sẽ quyết định.',
    en: 'Nobody decides their own sharing request: another reviewer of the same level or the level above decides.',
  },
  QUESTION_NOT_FOUND: { vi: 'Không tìm thấy câu hỏi.', en: 'Question not found.' },
  QUESTION_INVALID: {
    vi: 'Câu hỏi chưa hợp lệ (thiếu nội dung, phương án hoặc đáp án đúng).',
    en: 'The question is not valid (missing text, options or the correct answer).',
  },
  QUESTION_IN_USE: {
    vi: 'Câu hỏi đã được duyệt hoặc đang chờ duyệt nên không xoá được; hãy sửa để tạo phiên bản mới.',
    en: 'An approved or submitted question cannot be deleted; edit it to make a new version.',
  },
  QUESTION_SHARE_NOT_ALLOWED: {
    vi: 'Không thể gửi duyệt ở phạm vi này: câu hỏi được mở rộng từng cấp (trường, huyện, tỉnh) và phải hợp lệ.',
    en: 'Cannot request this scope: sharing widens one level at a time and the question must be valid.',
  },
  QUESTION_FILE_UNREADABLE: {
    vi: 'Không đọc được tệp câu hỏi. Hãy dùng Word (.docx), Moodle XML, GIFT, Aiken hoặc QTI.',
    en: 'The question file could not be read. Use Word (.docx), Moodle XML, GIFT, Aiken or QTI.',
  },
  QUESTION_FILE_TOO_COSTLY: {
    vi: 'Tệp quá lớn hoặc quá phức tạp để đọc trong thời gian cho phép. Hãy chia thành nhiều tệp nhỏ hơn.',
    en: 'The file is too large or too complex to read in the time allowed. Split it into smaller files.',
  },
  QUESTION_IMPORT_BUSY: {
    vi: 'Máy chủ đang đọc nhiều tệp câu hỏi cùng lúc. Vui lòng thử lại sau ít phút.',
    en: 'The server is reading many question files at once. Please try again in a few minutes.',
  },
  TEST_NOT_FOUND: { vi: 'Không tìm thấy đề kiểm tra.', en: 'Test not found.' },
  TEST_LOCKED: {
    vi: 'Đề đã được giao cho lớp nên không sửa câu hỏi hay mã đề được nữa; vẫn sửa được đáp án.',
    en: 'The test has been assigned: its questions and versions are frozen; keys can still be corrected.',
  },
  TEST_QUESTION_NOT_USABLE: {
    vi: 'Có câu hỏi chưa được duyệt hoặc bạn không được dùng.',
    en: 'A question is not approved or not available to you.',
  },
  TEST_NO_VERSIONS: { vi: 'Đề chưa có mã đề nào.', en: 'The test has no paper versions yet.' },
  ASSIGNMENT_NOT_FOUND: { vi: 'Không tìm thấy bài kiểm tra được giao.', en: 'Assignment not found.' },
  ASSIGNMENT_INVALID_WINDOW: {
    vi: 'Giờ đóng phải sau giờ mở.',
    en: 'The closing time must be after the opening time.',
  },
  ATTEMPT_NOT_FOUND: { vi: 'Không tìm thấy bài làm.', en: 'Attempt not found.' },
  ASSIGNMENT_NOT_OPEN: {
    vi: 'Bài kiểm tra chưa mở hoặc đã đóng.',
    en: 'The test is not open now.',
  },
  ATTEMPTS_EXHAUSTED: {
    vi: 'Bạn đã dùng hết số lần làm bài.',
    en: 'You have used all your attempts.',
  },
  ATTEMPT_CLOSED: {
    vi: 'Bài làm đã nộp hoặc đã hết giờ; câu trả lời này không được lưu.',
    en: 'The attempt is submitted or out of time; this answer was not saved.',
  },
  ATTEMPT_DEVICE_LOCKED: {
    vi: 'Bài này chỉ được làm trên một thiết bị và đang được làm trên thiết bị khác. Hãy báo giáo viên mở khoá để tiếp tục trên thiết bị này.',
    en: 'This test may be taken on one device only and is open on another one. Ask your teacher to unlock it to continue here.',
  },
  ITEM_NOT_FOUND: { vi: 'Không có câu hỏi này trong đề.', en: 'No such question in the test.' },
  OPTION_NOT_FOUND: {
    vi: 'Phương án đã chọn không có trong bài làm này, vui lòng tải lại trang.',
    en: 'The chosen option is not in this attempt; please reload the page.',
  },
  ASSIGNMENT_CLASS_GRADE: {
    vi: 'Chỉ giao được đề cho lớp cùng khối với đề.',
    en: 'A test can only be assigned to classes of its grade.',
  },
  CLASS_NOT_TAUGHT: {
    vi: 'Bạn không dạy môn này ở lớp đã chọn.',
    en: 'You do not teach this subject in the chosen class.',
  },
  EXTRA_TIME_STUDENT_NOT_IN_CLASSES: {
    vi: 'Chỉ cộng giờ được cho học sinh của các lớp được giao bài.',
    en: 'Extra time can only be given to students of the classes the test is assigned to.',
  },
  PROVINCE_NOT_FOUND: { vi: 'Không tìm thấy Sở GDĐT.', en: 'Provincial department not found.' },
  DISTRICT_NOT_FOUND: { vi: 'Không tìm thấy Phòng GDĐT.', en: 'District office not found.' },
  PROVINCE_CODE_TAKEN: {
    vi: 'Mã Sở GDĐT đã được dùng cho một Sở khác.',
    en: 'This code already belongs to another provincial department.',
  },
  DISTRICT_CODE_TAKEN: {
    vi: 'Mã Phòng GDĐT đã được dùng cho một Phòng khác.',
    en: 'This code already belongs to another district office.',
  },
  SCHOOL_CODE_TAKEN: {
    vi: 'Mã trường đã được dùng cho một trường khác.',
    en: 'This code already belongs to another school.',
  },
  USERNAME_TAKEN: {
    vi: 'Tên đăng nhập đã được dùng cho một tài khoản khác.',
    en: 'This username already belongs to another account.',
  },
  SETUP_DONE: {
    vi: 'Hệ thống đã có quản trị viên: trang cài đặt lần đầu đã đóng. Hãy đăng nhập.',
    en: 'A system administrator exists already: first-time setup is closed. Please sign in.',
  },
  SETUP_TOKEN_INVALID: {
    vi: 'Mã cài đặt không đúng. Hãy dùng đường dẫn in trong nhật ký máy chủ lúc khởi động.',
    en: 'Wrong setup token. Use the link printed in the server log at start-up.',
  },
  SCHOOL_KIND_INVALID: {
    vi: 'Loại trường không hợp lệ (Tiểu học, THCS, THPT, TH&THCS, THCS&THPT, TH,THCS&THPT, GDTX).',
    en: 'Unknown school type (Tiểu học, THCS, THPT, TH&THCS, THCS&THPT, TH,THCS&THPT, GDTX).',
  },
  SCHOOL_MOVE_CROSS_PROVINCE: {
    vi: 'Không thể chuyển trường sang Phòng GDĐT của tỉnh khác.',
    en: 'A school cannot move to a district office of another province.',
  },
  UNIT_INACTIVE: {
    vi: 'Đơn vị đã ngừng hoạt động: không thể thêm trường, phòng hay tài khoản mới vào đơn vị này.',
    en: 'The unit is deactivated: nothing new can be added to it.',
  },
  UNIT_HAS_ACTIVE_CHILDREN: {
    vi: 'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy ngừng hoạt động các đơn vị đó trước.',
    en: 'The unit still has active units under it; deactivate those first.',
  },
  UNIT_DEACTIVATED: {
    vi: 'Đơn vị của tài khoản đã ngừng hoạt động nên không đăng nhập được. Liên hệ cấp quản lý.',
    en: "The account's unit is deactivated, so it cannot sign in. Contact the unit above.",
  },
  USER_UNIT_INVALID: {
    vi: 'Tài khoản phải thuộc đúng một đơn vị phù hợp với vai trò (Sở, Phòng hoặc trường).',
    en: 'The account needs exactly one unit matching its role (province, district or school).',
  },
  SELF_CHANGE_REFUSED: {
    vi: 'Không thể tự vô hiệu hoá tài khoản của chính mình.',
    en: 'You cannot disable your own account.',
  },
  SCHOOL_YEAR_NOT_FOUND: { vi: 'Không tìm thấy năm học.', en: 'School year not found.' },
  SCHOOL_YEAR_CODE_INVALID: {
    vi: 'Mã năm học phải có dạng "2026-2027" (hai năm liên tiếp).',
    en: 'A school year code reads "2026-2027" (two consecutive years).',
  },
  SCHOOL_YEAR_DATES_INVALID: {
    vi: 'Ngày của năm học không hợp lệ: năm học bắt đầu trong năm đầu của mã, và ngày bắt đầu ≤ ngày kết thúc học kì I < ngày bắt đầu học kì II ≤ ngày kết thúc.',
    en: 'The dates are not valid: the year starts in the first year of its code, and start ≤ end of semester 1 < start of semester 2 ≤ end.',
  },
  SCHOOL_YEAR_EXISTS: { vi: 'Năm học này đã có.', en: 'This school year exists already.' },
  SCHOOL_YEAR_OVERLAP: {
    vi: 'Thời gian của năm học trùng với một năm học đã có.',
    en: 'The school year overlaps an existing one.',
  },
  SCHOOL_YEAR_CLOSED: {
    vi: 'Năm học đã khoá sổ: không thể thêm hoặc sửa lớp, học sinh, bài học trực tuyến của năm học này.',
    en: 'The school year is closed: its classes, enrolments and online lessons cannot change.',
  },
  SCHOOL_YEAR_ALREADY_CLOSED: {
    vi: 'Năm học này đã được khoá sổ.',
    en: 'This school year is closed already.',
  },
  SCHOOL_YEAR_CURRENT_NOT_CLOSABLE: {
    vi: 'Không thể khoá sổ năm học hiện tại. Hãy đặt năm học mới làm năm hiện tại trước.',
    en: 'The current school year cannot be closed. Make the next year current first.',
  },
  ROLLOVER_NO_PREVIOUS_YEAR: {
    vi: 'Không có năm học trước để chuyển lớp lên năm học này.',
    en: 'There is no earlier school year to roll classes over from.',
  },
  ROLLOVER_ALREADY_DONE: {
    vi: 'Các lớp đã được chuyển lên năm học này rồi.',
    en: 'The classes have been rolled over to this year already.',
  },
  LESSON_DATE_OUTSIDE_YEAR: {
    vi: 'Ngày học không thuộc năm học của lớp.',
    en: "The date is outside the class's school year.",
  },
  KPI_TARGET_OUT_OF_RANGE: {
    vi: 'Chỉ tiêu phải là tỷ lệ từ 0 đến 100 %.',
    en: 'A target is a percentage from 0 to 100.',
  },
  KPI_TARGET_EXISTS: {
    vi: 'Đã có chỉ tiêu cho chỉ số, cấp học và năm này: hãy sửa chỉ tiêu đó.',
    en: 'A target for this indicator, level and year exists: edit it instead.',
  },
  CONFLICT: {
    vi: 'Dữ liệu đã thay đổi hoặc bị trùng, vui lòng thử lại.',
    en: 'Conflicting change; try again.',
  },
  SERVICE_UNAVAILABLE: {
    vi: 'Hệ thống tạm thời không phục vụ được, vui lòng thử lại sau.',
    en: 'The service is temporarily unavailable; try again later.',
  },
  INTERNAL_ERROR: {
    vi: 'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên kèm mã yêu cầu.',
    en: 'Something went wrong. Try again; if it persists, tell an administrator the request id.',
  },
  NETWORK_ERROR: {
    vi: 'Không kết nối được máy chủ. Kiểm tra mạng và thử lại.',
    en: 'Cannot reach the server. Check the network and try again.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ErrorCode = keyof typeof errorMessages;
export const errorCodes = Object.keys(errorMessages) as [ErrorCode, ...ErrorCode[]];
export type Language = 'vi' | 'en';

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Validation failures list the fields at fault. */
    issues: z.array(fieldIssueSchema).optional(),
  }),
  requestId: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorMessage(code: string, language: Language = 'vi'): string {
  const entry = (errorMessages as Record<string, { vi: string; en: string }>)[code];
  return (entry ?? errorMessages.INTERNAL_ERROR)[language];
}
