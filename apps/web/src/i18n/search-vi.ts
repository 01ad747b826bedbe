/** Vietnamese texts of what a search understood, spread into `vi`. */
export const searchVi = {
  searchUnderstood: {
    label: 'Đã hiểu:',
    literal: 'Tìm đúng chữ đã gõ',
    literalHint: 'Bỏ các bộ lọc đã hiểu từ ô tìm kiếm, chỉ tìm theo chữ',
    grade: 'Lớp {{grade}}',
  },
};
