import type { SearchDocument } from '@hoclieu/search';

/** Who may see the quality set's documents: added to the searching teacher's own tokens. */
export const QUALITY_AUDIENCE = 'quality:all';

type Facets = SearchDocument['facets'];
const at = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString();
const doc = (n: number, id: string, title: string, body: string, facets: Facets, tags: string[] = []) => ({
  id,
  title,
  body,
  tags,
  facets,
  audience: [QUALITY_AUDIENCE],
  updatedAt: at(n),
});
const m = (subjectCode: string, grade: number, type: string): Facets => ({ subjectCode, grade, type });
const q = (subjectCode: string, grade: number, level: string, type: string): Facets => ({
  subjectCode,
  grade,
  level,
  type,
});

/**
 * Materials the 50 queries look for, with distractors that share their words ("an toàn" holds
 * "toan", "hoạ tiết hoa văn" holds "hoa" and "van"). Facets as the API indexes them.
 */
export const QUALITY_MATERIALS: SearchDocument[] = [
  doc(
    1,
    'qm-phanso6',
    'Phân số và số thập phân – Toán 6',
    'Khái niệm phân số, so sánh phân số, số thập phân.',
    m('toan', 6, 'lecture'),
  ),
  doc(
    2,
    'qm-hinhhoc7',
    'Hình học trực quan: tam giác bằng nhau',
    'Các trường hợp bằng nhau của tam giác.',
    m('toan', 7, 'document'),
  ),
  doc(3, 'qm-pythagore8', 'Định lí Pythagore', 'Tam giác vuông, cạnh huyền.', m('toan', 8, 'video'), [
    'hình học',
  ]),
  doc(
    4,
    'qm-phuongtrinh9',
    'Phương trình bậc hai một ẩn',
    'Công thức nghiệm, hệ thức Vi-ét.',
    m('toan', 9, 'lecture'),
  ),
  doc(
    5,
    'qm-hamso10',
    'Hàm số bậc hai và đồ thị',
    'Parabol, đỉnh, trục đối xứng.',
    m('toan', 10, 'document'),
  ),
  doc(6, 'qm-daoham11', 'Đạo hàm và ứng dụng', 'Quy tắc tính đạo hàm.', m('toan', 11, 'lecture')),
  doc(7, 'qm-tichphan12', 'Nguyên hàm và tích phân', 'Diện tích hình phẳng.', m('toan', 12, 'document')),
  doc(
    8,
    'qm-thanhgiong6',
    'Thánh Gióng – văn bản truyền thuyết',
    'Người anh hùng đánh giặc Ân.',
    m('ngu-van', 6, 'lecture'),
    ['truyền thuyết'],
  ),
  doc(
    9,
    'qm-truyenkieu9',
    'Truyện Kiều – Nguyễn Du: Cảnh ngày xuân',
    'Đoạn trích Cảnh ngày xuân.',
    m('ngu-van', 9, 'document'),
  ),
  doc(
    10,
    'qm-nghiluan8',
    'Viết bài văn nghị luận về một vấn đề đời sống',
    'Dàn ý, lập luận.',
    m('ngu-van', 8, 'document'),
  ),
  doc(
    11,
    'qm-dientruong11',
    'Điện trường và hiệu điện thế',
    'Cường độ điện trường.',
    m('vat-li', 11, 'lecture'),
  ),
  doc(
    12,
    'qm-daodong11',
    'Dao động điều hoà – thí nghiệm mô phỏng',
    'Con lắc lò xo, con lắc đơn.',
    m('vat-li', 11, 'simulation'),
  ),
  doc(13, 'qm-quanghop11', 'Quang hợp ở thực vật', 'Pha sáng và pha tối.', m('sinh-hoc', 11, 'video')),
  doc(14, 'qm-tebao10', 'Cấu trúc tế bào', 'Tế bào nhân sơ và nhân thực.', m('sinh-hoc', 10, 'image')),
  doc(
    15,
    'qm-tuanhoan10',
    'Bảng tuần hoàn các nguyên tố hoá học',
    'Chu kì, nhóm.',
    m('hoa-hoc', 10, 'document'),
  ),
  doc(16, 'qm-oxihoa10', 'Phản ứng oxi hoá – khử', 'Chất khử, chất oxi hoá.', m('hoa-hoc', 10, 'lecture')),
  doc(17, 'qm-chat6', 'Các thể của chất', 'Rắn, lỏng, khí.', m('khoa-hoc-tu-nhien', 6, 'lecture')),
  doc(
    18,
    'qm-anhsang7',
    'Ánh sáng và sự phản xạ ánh sáng',
    'Gương phẳng.',
    m('khoa-hoc-tu-nhien', 7, 'video'),
  ),
  doc(19, 'qm-daiviet10', 'Văn minh Đại Việt', 'Thành tựu văn minh.', m('lich-su', 10, 'document')),
  doc(
    20,
    'qm-dienbienphu12',
    'Chiến dịch Điện Biên Phủ 1954',
    'Lừng lẫy năm châu, chấn động địa cầu.',
    m('lich-su', 12, 'video'),
  ),
  doc(21, 'qm-khihau8', 'Khí hậu Việt Nam', 'Nhiệt đới ẩm gió mùa.', m('lich-su-dia-li', 8, 'document')),
  doc(22, 'qm-dancu12', 'Địa lí dân cư Việt Nam', 'Dân số, phân bố dân cư.', m('dia-li', 12, 'lecture')),
  doc(
    23,
    'qm-unit3',
    'Unit 3: My friends – Tiếng Anh 6',
    'Listening and speaking.',
    m('ngoai-ngu-1', 6, 'audio'),
  ),
  doc(24, 'qm-python10', 'Lập trình Python cơ bản', 'Biến, vòng lặp, hàm.', m('tin-hoc', 10, 'lecture')),
  doc(25, 'qm-hoabinh9', 'Bảo vệ hoà bình', 'Giáo dục công dân.', m('giao-duc-cong-dan', 9, 'document')),
  doc(
    26,
    'qm-sgktoan6',
    'Sách giáo khoa Toán 6 tập một – Kết nối tri thức',
    'Sách giáo khoa.',
    m('toan', 6, 'textbook'),
  ),
  doc(27, 'qm-decuong9', 'Đề cương ôn tập học kì I Toán 9', 'Ôn tập.', m('toan', 9, 'document')),
  doc(
    28,
    'qm-khonggian11',
    'Hình học không gian: đường thẳng và mặt phẳng',
    'Quan hệ song song.',
    m('toan', 11, 'lecture'),
  ),
  doc(29, 'qm-laohac8', 'Phân tích nhân vật Lão Hạc', 'Nam Cao.', m('ngu-van', 8, 'document')),
  doc(
    30,
    'qm-antoan6',
    'An toàn giao thông cho học sinh',
    'Đội mũ bảo hiểm.',
    m('hoat-dong-trai-nghiem-huong-nghiep', 6, 'video'),
  ),
  doc(
    31,
    'qm-thongke7',
    'Thu thập và biểu diễn dữ liệu – Toán 7',
    'Biểu đồ cột, thống kê.',
    m('toan', 7, 'lecture'),
  ),
  doc(32, 'qm-phanso5', 'Luyện tập phân số lớp 5', 'Cộng trừ phân số.', m('toan', 5, 'document')),
  doc(33, 'qm-hoatiet7', 'Hoạ tiết hoa văn trang trí', 'Vẽ hoa văn.', m('mi-thuat', 7, 'image')),
];

/** Questions of the bank the level and type words look for. */
export const QUALITY_QUESTIONS: SearchDocument[] = [
  doc(
    1,
    'qq-phanso-biet',
    'Phân số nào bằng 1/2?',
    'Chọn phân số bằng một phần hai.',
    q('toan', 6, 'biet', 'single_choice'),
  ),
  doc(
    2,
    'qq-phanso-vandung',
    'Một lớp có 3/5 số học sinh là nữ',
    'Tính số học sinh nữ của lớp có 40 học sinh (phân số).',
    q('toan', 6, 'van_dung', 'short_answer'),
  ),
  doc(
    3,
    'qq-phuongtrinh-hieu',
    'Giải phương trình x² − 5x + 6 = 0',
    'Phương trình bậc hai.',
    q('toan', 9, 'hieu', 'essay'),
  ),
  doc(
    4,
    'qq-daodong-biet',
    'Chu kì của dao động điều hoà là gì?',
    'Dao động điều hoà.',
    q('vat-li', 11, 'biet', 'single_choice'),
  ),
  doc(
    5,
    'qq-daodong-vandung',
    'Một con lắc lò xo dao động điều hoà với biên độ 5 cm',
    'Tính vận tốc cực đại.',
    q('vat-li', 11, 'van_dung', 'short_answer'),
  ),
  doc(
    6,
    'qq-thanhgiong-hieu',
    'Vì sao Thánh Gióng là biểu tượng của lòng yêu nước?',
    'Trình bày suy nghĩ.',
    q('ngu-van', 6, 'hieu', 'essay'),
  ),
  doc(
    7,
    'qq-thanhgiong-biet',
    'Thánh Gióng thuộc thể loại nào?',
    'Truyền thuyết.',
    q('ngu-van', 6, 'biet', 'single_choice'),
  ),
  doc(
    8,
    'qq-quanghop-dungsai',
    'Các nhận định về quang hợp',
    'Mỗi ý đúng hay sai.',
    q('sinh-hoc', 11, 'hieu', 'true_false_group'),
  ),
  doc(
    9,
    'qq-quanghop-biet',
    'Quang hợp diễn ra ở bào quan nào?',
    'Lục lạp.',
    q('sinh-hoc', 11, 'biet', 'single_choice'),
  ),
  doc(
    10,
    'qq-pythagore-vandung',
    'Tam giác ABC vuông tại A, tính cạnh huyền',
    'Định lí Pythagore.',
    q('toan', 8, 'van_dung', 'essay'),
  ),
  doc(
    11,
    'qq-dienbienphu-biet',
    'Chiến dịch Điện Biên Phủ kết thúc năm nào?',
    'Năm 1954.',
    q('lich-su', 12, 'biet', 'single_choice'),
  ),
  doc(
    12,
    'qq-dienbienphu-hieu',
    'Ý nghĩa của chiến thắng Điện Biên Phủ',
    'Trình bày ý nghĩa.',
    q('lich-su', 12, 'hieu', 'essay'),
  ),
  doc(
    13,
    'qq-oxihoa-hieu',
    'Xác định chất khử trong phản ứng oxi hoá – khử',
    'Chọn các đáp án đúng.',
    q('hoa-hoc', 10, 'hieu', 'multiple_select'),
  ),
  doc(
    14,
    'qq-python-vandung',
    'Viết chương trình Python tính tổng các số chẵn',
    'Vòng lặp for.',
    q('tin-hoc', 10, 'van_dung', 'essay'),
  ),
];
