/**
 * Vietnamese words for generated questions and materials. Frequencies are chosen so the search
 * scenario has its query classes: COMMON_TERM in about 8 % of stems, each RARE_TERMS entry in a
 * few dozen rows at full scale.
 */
const WORDS = [
  'tính',
  'giá trị',
  'biểu thức',
  'cho',
  'biết',
  'rằng',
  'số',
  'nguyên',
  'tự nhiên',
  'phân số',
  'tam giác',
  'hình vuông',
  'hình chữ nhật',
  'đường tròn',
  'góc',
  'cạnh',
  'diện tích',
  'chu vi',
  'thể tích',
  'vận tốc',
  'quãng đường',
  'thời gian',
  'khối lượng',
  'nhiệt độ',
  'dao động',
  'điều hoà',
  'con lắc',
  'lò xo',
  'điện trở',
  'dòng điện',
  'hiệu điện thế',
  'từ trường',
  'ánh sáng',
  'phản ứng',
  'nguyên tử',
  'phân tử',
  'dung dịch',
  'axit',
  'bazơ',
  'muối',
  'tế bào',
  'quang hợp',
  'hô hấp',
  'di truyền',
  'môi trường',
  'sinh vật',
  'lịch sử',
  'triều đại',
  'kháng chiến',
  'địa lí',
  'khí hậu',
  'sông ngòi',
  'dân số',
  'kinh tế',
  'văn bản',
  'nhân vật',
  'tác giả',
  'bài thơ',
  'truyện ngắn',
  'nghị luận',
  'biện pháp',
  'tu từ',
  'so sánh',
  'ẩn dụ',
  'hoán dụ',
  'từ láy',
  'câu',
  'đoạn văn',
  'tiếng Anh',
  'ngữ pháp',
  'từ vựng',
  'đọc hiểu',
  'nghe',
  'viết',
  'nói',
  'máy tính',
  'thuật toán',
  'chương trình',
  'dữ liệu',
  'mạng',
  'công nghệ',
  'thiết kế',
  'kĩ thuật',
  'âm nhạc',
  'mĩ thuật',
  'giáo dục',
  'công dân',
  'đạo đức',
  'pháp luật',
  'quyền',
  'nghĩa vụ',
  'xác định',
  'chọn',
  'đáp án',
  'đúng',
  'sai',
  'giải thích',
  'chứng minh',
  'tìm',
  'nghiệm',
  'bất phương trình',
  'đồ thị',
  'toạ độ',
  'vectơ',
  'xác suất',
  'thống kê',
  'trung bình',
  'tỉ lệ',
  'phần trăm',
  'lãi suất',
  'dãy số',
  'cấp số cộng',
  'cấp số nhân',
  'đạo hàm',
  'tích phân',
  'logarit',
  'lượng giác',
  'mặt phẳng',
  'đường thẳng',
  'song song',
  'vuông góc',
  'hình chóp',
  'lăng trụ',
  'mặt cầu',
  'bán kính',
  'đường kính',
  'Việt Nam',
  'Quảng Bình',
  'Hà Nội',
  'Huế',
];

/** In about 8 % of generated stems: the "common term" query class. */
export const COMMON_TERM = 'phương trình';

/** Each in a handful of rows: the "rare term" query class. */
export const RARE_TERMS = [
  'Phong Nha',
  'Kẻ Bàng',
  'Sơn Đoòng',
  'Nhật Lệ',
  'Đồng Hới',
  'Ba Đồn',
  'Lệ Thuỷ',
  'Minh Hoá',
  'Tuyên Hoá',
  'Quảng Trạch',
  'Bố Trạch',
  'Quảng Ninh',
  'Vũng Chùa',
  'Đá Nhảy',
  'Hoành Sơn',
  'Lý Hoà',
  'Cảnh Dương',
  'Roòn',
  'Gianh',
  'Kiến Giang',
  'Long Đại',
  'Son',
  'Troóc',
  'Tú Làn',
];

export const MATERIAL_KINDS = ['lecture', 'video', 'document', 'textbook', 'simulation'] as const;

/** A small deterministic PRNG (mulberry32): the same seed builds the same province. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence of `count` words; sometimes with the common term, rarely with a rare one. */
export function sentence(next: () => number, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'số');
  if (next() < 0.08) words.splice(Math.floor(next() * words.length), 0, COMMON_TERM);
  if (next() < 0.0005) words.push(RARE_TERMS[Math.floor(next() * RARE_TERMS.length)] ?? 'Son');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
