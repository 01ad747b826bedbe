import { orgSheets, sheetColumns } from '@hoclieu/domain';
import ExcelJS from 'exceljs';
import { addDataSheet, addGuideRows, addGuideSheet, type TemplateFile } from '../imports/template.js';

const notes = [
  'Mỗi trang tính một loại dữ liệu; giữ nguyên tên trang và dòng tiêu đề. Cột có dấu * là bắt buộc.',
  'Thứ tự nhập: Phòng GDĐT, Trường, Tài khoản cán bộ, Lớp, Giáo viên, Học sinh; trang nào không dùng có thể xoá.',
  'Dòng lỗi được bỏ qua và báo lại (trang, dòng, cột); các dòng đúng vẫn được nhập.',
  'Nhập lại cùng tệp không tạo bản trùng: dòng đã có sẽ được cập nhật hoặc giữ nguyên.',
  'Tài khoản mới nhận mật khẩu tạm (tải tệp danh sách sau khi nhập xong) và phải đổi ở lần đăng nhập đầu.',
  'Cán bộ Sở chỉ do quản trị hệ thống tạo; cán bộ Sở tạo cán bộ Phòng và quản trị trường.',
];

/** The organisation workbook template: one sheet per kind, in import order, and the guide. */
export async function buildOrgTemplate(): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of orgSheets) addDataSheet(workbook, sheet.name, sheetColumns[sheet.kind]);
  const guide = addGuideSheet(workbook);
  for (const note of notes) guide.addRow(['', '', note]);
  for (const sheet of orgSheets) {
    guide.addRow([]);
    guide.addRow([`Trang "${sheet.name}"`]).font = { bold: true };
    addGuideRows(guide, sheetColumns[sheet.kind]);
  }
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: 'mau-nhap-ca-tinh.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
