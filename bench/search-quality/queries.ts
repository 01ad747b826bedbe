/**
 * The quality set: 50 queries as teachers type them (no diacritics, "lop 6", abbreviations, typos,
 * type and level words, mixed), each with the documents acceptable as the top result. Written
 * before query understanding existed, and measured against the code before and after.
 */
export interface QualityQuery {
  index: 'materials' | 'questions';
  text: string;
  /** Any of these first counts as a hit at 1; their best position gives the reciprocal rank. */
  expect: string[];
}

const mat = (text: string, ...expect: string[]): QualityQuery => ({ index: 'materials', text, expect });
const qst = (text: string, ...expect: string[]): QualityQuery => ({ index: 'questions', text, expect });

export const QUALITY_QUERIES: QualityQuery[] = [
  // Subject and grade words ("toan lop 6" is the issue's own example).
  mat('toan lop 6', 'qm-phanso6', 'qm-sgktoan6'),
  mat('phan so toan 6', 'qm-phanso6'),
  mat('phan so lop 6', 'qm-phanso6'),
  mat('L6 phan so', 'qm-phanso6'),
  mat('hinh hoc lop 7', 'qm-hinhhoc7'),
  mat('ham so lop 10', 'qm-hamso10'),
  mat('dao ham 11', 'qm-daoham11'),
  mat('nguyen ham lop 12', 'qm-tichphan12'),
  mat('van 6 thanh giong', 'qm-thanhgiong6'),
  mat('canh ngay xuan ngu van 9', 'qm-truyenkieu9'),
  mat('nghi luan lop 8', 'qm-nghiluan8'),
  mat('dien truong vat li 11', 'qm-dientruong11'),
  mat('hoa hoc lop 10', 'qm-tuanhoan10', 'qm-oxihoa10'),
  mat('khtn 6', 'qm-chat6'),
  mat('khoa hoc tu nhien lop 7 anh sang', 'qm-anhsang7'),
  mat('khi hau viet nam lop 8', 'qm-khihau8'),
  mat('tieng anh 6 unit 3', 'qm-unit3'),
  mat('tin hoc 10', 'qm-python10'),
  mat('thong ke lop 7', 'qm-thongke7'),
  mat('de cuong on tap toan 9', 'qm-decuong9'),
  mat('sach giao khoa toan 6', 'qm-sgktoan6'),
  mat('gdcd 9', 'qm-hoabinh9'),
  // Type words.
  mat('video hinh hoc', 'qm-pythagore8'),
  mat('video sinh hoc', 'qm-quanghop11'),
  mat('lich su 12 video', 'qm-dienbienphu12'),
  mat('bai giang toan 9', 'qm-phuongtrinh9'),
  mat('mo phong vat ly', 'qm-daodong11'),
  mat('hinh anh te bao', 'qm-tebao10'),
  // Plain text, no diacritics.
  mat('phuong trinh bac hai', 'qm-phuongtrinh9'),
  mat('tich phan', 'qm-tichphan12'),
  mat('thanh giong', 'qm-thanhgiong6'),
  mat('truyen kieu', 'qm-truyenkieu9'),
  mat('hieu dien the', 'qm-dientruong11'),
  mat('quang hop', 'qm-quanghop11'),
  mat('bang tuan hoan', 'qm-tuanhoan10'),
  mat('van minh dai viet', 'qm-daiviet10'),
  mat('dia li dan cu', 'qm-dancu12'),
  // Typos.
  mat('hinh hcoj', 'qm-hinhhoc7', 'qm-pythagore8', 'qm-khonggian11'),
  mat('quang hopp', 'qm-quanghop11'),
  mat('lap trinh pyhton', 'qm-python10'),
  mat('hinh hoc khong gain', 'qm-khonggian11'),
  mat('dao dong dieu hao', 'qm-daodong11'),
  mat('dien bein phu', 'qm-dienbienphu12'),
  // The question bank: level and type words.
  qst('phan so nhan biet', 'qq-phanso-biet'),
  qst('phan so van dung', 'qq-phanso-vandung'),
  qst('dao dong dieu hoa van dung', 'qq-daodong-vandung'),
  qst('trac nghiem dien bien phu', 'qq-dienbienphu-biet'),
  qst('tu luan thanh giong', 'qq-thanhgiong-hieu'),
  qst('dung sai quang hop', 'qq-quanghop-dungsai'),
  qst('thong hieu phuong trinh toan 9', 'qq-phuongtrinh-hieu'),
];
