import { topicImportColumns } from '@hoclieu/domain';
import ExcelJS from 'exceljs';
import { addDataSheet, addGuideRows, addGuideSheet, type TemplateFile } from '../imports/template.js';

const notes = [
  'Mỗi dòng một bài (hoặc một chương chưa có bài); lặp lại mã và tên chương trên mỗi dòng bài của chương.',
  'Mã chương, mã bài là định danh ổn định: nhập lại cùng mã sẽ sửa tên mà giữ liên kết với học liệu, câu hỏi, ma trận.',
  'Chương, bài của cùng môn, khối (và bộ sách) không còn trong tệp sẽ được cho ngừng dùng: ẩn khỏi danh sách chọn, liên kết cũ vẫn giữ.',
  'Dòng lỗi được báo theo số dòng; các dòng đúng vẫn được nhập.',
];

/** The .xlsx template of the topic import: a "Chương, bài" sheet and a guide. */
export async function buildTopicTemplate(): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  addDataSheet(workbook, 'Chương, bài', topicImportColumns);
  const guide = addGuideSheet(workbook);
  addGuideRows(guide, topicImportColumns);
  guide.addRow([]);
  for (const note of notes) guide.addRow(['', '', note]);
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    fileName: 'mau-nhap-chuong-bai.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
