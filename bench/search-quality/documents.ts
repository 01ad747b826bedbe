import type { SearchDocument } from '@hoclieu/search';

/** Who may see the quality set's documents: added to the searching teacher's own tokens. */
export const QUALITY_AUDIENCE = 'quality:all';

/** The rows of a table below, cut at ` | ` (the last column may be left out). */
const rowsOf = (table: string) =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split(' | ').map((cell) => cell.trim()));

/** A row's document: the n-th of its table was updated n hours after the set's start. */
const documentOf = (
  n: number,
  [id = '', title = '', body = '']: (string | undefined)[],
  facets: SearchDocument['facets'],
  tags = '',
) => ({
  id,
  title,
  body,
  tags: tags ? tags.split(', ') : [],
  facets,
  audience: [QUALITY_AUDIENCE],
  updatedAt: new Date(Date.UTC(2026, 10, 1) + n * 3_600_000).toISOString(),
});

/**
 * Materials the 50 queries look for, with distractors that share their words ("an toàn" holds
 * "toan", "hoạ tiết hoa văn" holds "hoa" and "van"). Facets as the API indexes them.
 * Columns: id | subject | grade | type | title | body | tags.
 */
const MATERIALS = `
qm-phanso6       | toan                               | 6  | lecture    | Phân số và số thập phân – Toán 6                 | Khái niệm phân số, so sánh phân số, số thập phân.
qm-hinhhoc7      | toan                               | 7  | document   | Hình học trực quan: tam giác bằng nhau           | Các trường hợp bằng nhau của tam giác.
qm-pythagore8    | toan                               | 8  | video      | Định lí Pythagore                                | Tam giác vuông, cạnh huyền.                       | hình học
qm-phuongtrinh9  | toan                               | 9  | lecture    | Phương trình bậc hai một ẩn                      | Công thức nghiệm, hệ thức Vi-ét.
qm-hamso10       | toan                               | 10 | document   | Hàm số bậc hai và đồ thị                         | Parabol, đỉnh, trục đối xứng.
qm-daoham11      | toan                               | 11 | lecture    | Đạo hàm và ứng dụng                              | Quy tắc tính đạo hàm.
qm-tichphan12    | toan                               | 12 | document   | Nguyên hàm và tích phân                          | Diện tích hình phẳng.
qm-thanhgiong6   | ngu-van                            | 6  | lecture    | Thánh Gióng – văn bản truyền thuyết              | Người anh hùng đánh giặc Ân.                      | truyền thuyết
qm-truyenkieu9   | ngu-van                            | 9  | document   | Truyện Kiều – Nguyễn Du: Cảnh ngày xuân          | Đoạn trích Cảnh ngày xuân.
qm-nghiluan8     | ngu-van                            | 8  | document   | Viết bài văn nghị luận về một vấn đề đời sống    | Dàn ý, lập luận.
qm-dientruong11  | vat-li                             | 11 | lecture    | Điện trường và hiệu điện thế                     | Cường độ điện trường.
qm-daodong11     | vat-li                             | 11 | simulation | Dao động điều hoà – thí nghiệm mô phỏng          | Con lắc lò xo, con lắc đơn.
qm-quanghop11    | sinh-hoc                           | 11 | video      | Quang hợp ở thực vật                             | Pha sáng và pha tối.
qm-tebao10       | sinh-hoc                           | 10 | image      | Cấu trúc tế bào                                  | Tế bào nhân sơ và nhân thực.
qm-tuanhoan10    | hoa-hoc                            | 10 | document   | Bảng tuần hoàn các nguyên tố hoá học             | Chu kì, nhóm.
qm-oxihoa10      | hoa-hoc                            | 10 | lecture    | Phản ứng oxi hoá – khử                           | Chất khử, chất oxi hoá.
qm-chat6         | khoa-hoc-tu-nhien                  | 6  | lecture    | Các thể của chất                                 | Rắn, lỏng, khí.
qm-anhsang7      | khoa-hoc-tu-nhien                  | 7  | video      | Ánh sáng và sự phản xạ ánh sáng                  | Gương phẳng.
qm-daiviet10     | lich-su                            | 10 | document   | Văn minh Đại Việt                                | Thành tựu văn minh.
qm-dienbienphu12 | lich-su                            | 12 | video      | Chiến dịch Điện Biên Phủ 1954                    | Lừng lẫy năm châu, chấn động địa cầu.
qm-khihau8       | lich-su-dia-li                     | 8  | document   | Khí hậu Việt Nam                                 | Nhiệt đới ẩm gió mùa.
qm-dancu12       | dia-li                             | 12 | lecture    | Địa lí dân cư Việt Nam                           | Dân số, phân bố dân cư.
qm-unit3         | ngoai-ngu-1                        | 6  | audio      | Unit 3: My friends – Tiếng Anh 6                 | Listening and speaking.
qm-python10      | tin-hoc                            | 10 | lecture    | Lập trình Python cơ bản                          | Biến, vòng lặp, hàm.
qm-hoabinh9      | giao-duc-cong-dan                  | 9  | document   | Bảo vệ hoà bình                                  | Giáo dục công dân.
qm-sgktoan6      | toan                               | 6  | textbook   | Sách giáo khoa Toán 6 tập một – Kết nối tri thức | Sách giáo khoa.
qm-decuong9      | toan                               | 9  | document   | Đề cương ôn tập học kì I Toán 9                  | Ôn tập.
qm-khonggian11   | toan                               | 11 | lecture    | Hình học không gian: đường thẳng và mặt phẳng    | Quan hệ song song.
qm-laohac8       | ngu-van                            | 8  | document   | Phân tích nhân vật Lão Hạc                       | Nam Cao.
qm-antoan6       | hoat-dong-trai-nghiem-huong-nghiep | 6  | video      | An toàn giao thông cho học sinh                  | Đội mũ bảo hiểm.
qm-thongke7      | toan                               | 7  | lecture    | Thu thập và biểu diễn dữ liệu – Toán 7           | Biểu đồ cột, thống kê.
qm-phanso5       | toan                               | 5  | document   | Luyện tập phân số lớp 5                          | Cộng trừ phân số.
qm-hoatiet7      | mi-thuat                           | 7  | image      | Hoạ tiết hoa văn trang trí                       | Vẽ hoa văn.
`;

/**
 * Questions of the bank the level and type words look for.
 * Columns: id | subject | grade | level | type | title | body.
 */
const QUESTIONS = `
qq-phanso-biet       | toan     | 6  | biet     | single_choice    | Phân số nào bằng 1/2?                                | Chọn phân số bằng một phần hai.
qq-phanso-vandung    | toan     | 6  | van_dung | short_answer     | Một lớp có 3/5 số học sinh là nữ                     | Tính số học sinh nữ của lớp có 40 học sinh (phân số).
qq-phuongtrinh-hieu  | toan     | 9  | hieu     | essay            | Giải phương trình x² − 5x + 6 = 0                    | Phương trình bậc hai.
qq-daodong-biet      | vat-li   | 11 | biet     | single_choice    | Chu kì của dao động điều hoà là gì?                  | Dao động điều hoà.
qq-daodong-vandung   | vat-li   | 11 | van_dung | short_answer     | Một con lắc lò xo dao động điều hoà với biên độ 5 cm | Tính vận tốc cực đại.
qq-thanhgiong-hieu   | ngu-van  | 6  | hieu     | essay            | Vì sao Thánh Gióng là biểu tượng của lòng yêu nước?  | Trình bày suy nghĩ.
qq-thanhgiong-biet   | ngu-van  | 6  | biet     | single_choice    | Thánh Gióng thuộc thể loại nào?                      | Truyền thuyết.
qq-quanghop-dungsai  | sinh-hoc | 11 | hieu     | true_false_group | Các nhận định về quang hợp                           | Mỗi ý đúng hay sai.
qq-quanghop-biet     | sinh-hoc | 11 | biet     | single_choice    | Quang hợp diễn ra ở bào quan nào?                    | Lục lạp.
qq-pythagore-vandung | toan     | 8  | van_dung | essay            | Tam giác ABC vuông tại A, tính cạnh huyền            | Định lí Pythagore.
qq-dienbienphu-biet  | lich-su  | 12 | biet     | single_choice    | Chiến dịch Điện Biên Phủ kết thúc năm nào?           | Năm 1954.
qq-dienbienphu-hieu  | lich-su  | 12 | hieu     | essay            | Ý nghĩa của chiến thắng Điện Biên Phủ                | Trình bày ý nghĩa.
qq-oxihoa-hieu       | hoa-hoc  | 10 | hieu     | multiple_select  | Xác định chất khử trong phản ứng oxi hoá – khử       | Chọn các đáp án đúng.
qq-python-vandung    | tin-hoc  | 10 | van_dung | essay            | Viết chương trình Python tính tổng các số chẵn       | Vòng lặp for.
`;

export const QUALITY_MATERIALS: SearchDocument[] = rowsOf(MATERIALS).map(
  ([id, subjectCode = '', grade, type = '', title, body, tags], i) =>
    documentOf(i + 1, [id, title, body], { subjectCode, grade: Number(grade), type }, tags),
);

export const QUALITY_QUESTIONS: SearchDocument[] = rowsOf(QUESTIONS).map(
  ([id, subjectCode = '', grade, level = '', type = '', title, body], i) =>
    documentOf(i + 1, [id, title, body], { subjectCode, grade: Number(grade), level, type }),
);
